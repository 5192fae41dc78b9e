import type { IntakeInput } from '../../domain/intakeSchema'

export function emptyIntake(today: string): IntakeInput {
  return {
    receivedOn: today,
    channel: 'counter',
    kind: 'disclosure',
    person: { name: '', nameKana: '', birthDate: '', patientNo: '', postalCode: '', address: '', phone: '', email: '' },
    requester: {
      type: 'self',
      agentName: '',
      agentKana: '',
      relation: '',
      postalCode: '',
      address: '',
      phone: '',
      email: ''
    },
    dataCategories: [],
    dataOther: '',
    requestGrounds: [],
    disclosureMethod: null,
    fee: null,
    details: ''
  }
}
