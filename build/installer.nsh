; NSIS include for the Heroes of Children kiosk installer (electron-builder `nsis.include`).
; The installer is per machine, so the shell context is "all users": $SMSTARTUP is the common
; Startup folder and the kiosk starts whenever anyone signs in (the kiosk account auto-logs in).

!macro customInstall
  CreateShortCut "$SMSTARTUP\${PRODUCT_NAME}.lnk" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" 0
!macroend

!macro customUnInstall
  Delete "$SMSTARTUP\${PRODUCT_NAME}.lnk"
!macroend
