// Says at the top of the Windows build log whether the installers will be code-signed. electron-builder signs with
// the certificate in WIN_CSC_LINK (a .pfx path or base64) and WIN_CSC_KEY_PASSWORD, or CSC_LINK / CSC_KEY_PASSWORD;
// without one it builds unsigned installers, which Windows SmartScreen warns about on the clinic's PC.
const link = process.env.WIN_CSC_LINK ?? process.env.CSC_LINK ?? ''
const password = process.env.WIN_CSC_KEY_PASSWORD ?? process.env.CSC_KEY_PASSWORD ?? ''

if (link.trim() === '') {
  console.log('Code signing skipped: no certificate in WIN_CSC_LINK or CSC_LINK. The installers will be unsigned.')
} else if (password === '') {
  console.error('Code signing: a certificate is set but WIN_CSC_KEY_PASSWORD (or CSC_KEY_PASSWORD) is empty.')
  process.exit(1)
} else {
  console.log('Code signing: the app, NSIS installer and MSI are signed with the certificate in WIN_CSC_LINK/CSC_LINK.')
}
