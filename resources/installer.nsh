; Included by electron-builder's NSIS installer (nsis.include). Creates the machine-wide register folders, shared by
; every Windows user of the PC. SIDs, not names, so it works on Japanese Windows: S-1-5-32-544 Administrators,
; S-1-5-18 SYSTEM, S-1-5-32-545 Users.
;   KaijiUketsukebo\          administrators and SYSTEM full, Users read only (policy.json lives here)
;   KaijiUketsukebo\data\     Users may modify (the register, anchor file, logs, lock), inherited inside
;   KaijiUketsukebo\backups\  Users may modify (automatic backups when IT's policy names no other folder)
; The uninstaller leaves all of it in place.
;
; customInit refuses to install an older version over a newer one (the MSI refuses the same through its MajorUpgrade
; rule): the newer version may have changed the register's data in ways the older one cannot read. A silent install
; (/S) ends with exit code 2 instead of the message. Checked with makensis by test/unit/main/installer-nsh.test.ts and
; on Windows by the workflow.
!include WordFunc.nsh

!macro customInit
  Push $R0
  Push $R1
  ReadRegStr $R0 HKLM "${UNINSTALL_REGISTRY_KEY}" DisplayVersion
  ${If} $R0 != ""
    ${VersionCompare} "$R0" "${VERSION}" $R1
    ${If} $R1 == 1
      MessageBox MB_OK|MB_ICONSTOP "新しい版（$R0）がすでにインストールされているため、この版（${VERSION}）はインストールできません。受付簿のデータを守るためです。新しい版のインストーラーを使ってください。" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
  Pop $R1
  Pop $R0
!macroend

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
