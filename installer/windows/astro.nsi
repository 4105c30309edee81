; NSIS installer for Astro Desktop on Windows (makensis astro.nsi, run from the folder that
; holds the windeployqt output of ast.exe and astro-tray.exe). Not built on the Linux CI
; machine: see the README's "Packages" section.
Unicode true
!include "MUI2.nsh"

!define APP "Astro"
!define VERSION "0.1.0"
!define PUBLISHER "Astro"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\AstroDesktop"

Name "${APP} ${VERSION}"
OutFile "AstroDesktop-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\Astro"
RequestExecutionLevel user          ; per-user install: no UAC prompt
SetCompressor /SOLID lzma

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\astro-tray.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Japanese"

Section "Astro" SecMain
    SetOutPath "$INSTDIR"
    File /r "deploy\*.*"
    CreateShortCut "$SMPROGRAMS\Astro.lnk" "$INSTDIR\astro-tray.exe"
    ; ast on PATH for this user
    EnVar::AddValue "PATH" "$INSTDIR"
    WriteUninstaller "$INSTDIR\uninstall.exe"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
SectionEnd

Section "Uninstall"
    ; "Start at login" is a Run-key value written by astro-tray (src/tray/AutostartRunKey.cpp)
    DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Astro"
    EnVar::DeleteValue "PATH" "$INSTDIR"
    Delete "$SMPROGRAMS\Astro.lnk"
    RMDir /r "$INSTDIR"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
