; NSIS include for the Heroes of Children kiosk installer (electron-builder `nsis.include`).
; The installer is per machine, so the shell context is "all users": $SMSTARTUP is the common
; Startup folder and the kiosk starts whenever anyone signs in (the kiosk account auto-logs in).
; A second shortcut, "Heroes of Children - Curator", opens the curator studio (--curator) in a normal
; window, on the desktop and in the Start menu; it never starts at login.

!define CURATOR_SHORTCUT "${PRODUCT_NAME} - Curator.lnk"

!macro customInstall
  CreateShortCut "$SMSTARTUP\${PRODUCT_NAME}.lnk" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" 0
  CreateShortCut "$DESKTOP\${CURATOR_SHORTCUT}" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" "--curator" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" 0
  CreateShortCut "$SMPROGRAMS\${CURATOR_SHORTCUT}" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" "--curator" "$INSTDIR\${APP_EXECUTABLE_FILENAME}" 0
!macroend

!macro customUnInstall
  Delete "$SMSTARTUP\${PRODUCT_NAME}.lnk"
  Delete "$DESKTOP\${CURATOR_SHORTCUT}"
  Delete "$SMPROGRAMS\${CURATOR_SHORTCUT}"
!macroend
