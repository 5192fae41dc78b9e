// F1 opens 「使い方」 from any screen, as in most Windows applications.
import { useEffect } from 'react'
import { useNavigate } from 'react-router'

export function useHelpKey(): void {
  const navigate = useNavigate()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1') return
      e.preventDefault()
      void navigate('/help')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate])
}
