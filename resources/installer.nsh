; Included by electron-builder's NSIS installer (nsis.include). Creates the machine-wide register folders, shared by
; every Windows user of the PC. SIDs, not names, so it works on Japanese Windows: S-1-5-32-544 Administrators,
; S-1-5-18 SYSTEM, S-1-5-32-545 Users.
;   KaijiUketsukebo\          administrators and SYSTEM full, Users read only (policy.json lives here)
;   KaijiUketsukebo\data\     Users may modify (the register, anchor file, logs, lock), inherited inside
;   KaijiUketsukebo\backups\  Users may modify (automatic backups when IT's policy names no other folder)
; The uninstaller leaves all of it in place.
!macro customInstall
  ReadEnvStr $0 PROGRAMDATA
  CreateDirectory "$0\KaijiUketsukebo\data"
  CreateDirectory "$0\KaijiUketsukebo\backups"
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$0\KaijiUketsukebo" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /Q'
  Pop $1
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$0\KaijiUketsukebo\data" /grant *S-1-5-32-545:(OI)(CI)M /Q'
  Pop $1
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$0\KaijiUketsukebo\backups" /grant *S-1-5-32-545:(OI)(CI)M /Q'
  Pop $1
!macroend
