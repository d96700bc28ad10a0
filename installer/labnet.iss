; Inno Setup script for the Windows installer of LabNet.
; Build first on Windows:  py -m venv .venv && .venv\Scripts\pip install -e ".[installer]"
;                          .venv\Scripts\pyinstaller --noconfirm build_installer.spec
;                          dist\labnet\labnet.exe --self-test
; then:                    iscc installer\labnet.iss    ->  dist\LabNet-setup.exe
; Data (the catalogue, keys, logs) lives in %LOCALAPPDATA%\LabNet\LabNet, outside the program folder, so an
; upgrade installed over an older version keeps it; the catalogue is migrated, with a backup, at first start.

#define AppVersion GetEnv("LABNET_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{7C1E2F8A-5B0D-4C53-9A41-LABNET000001}
AppName=LabNet
AppVersion={#AppVersion}
AppPublisher=LabNet
DefaultDirName={autopf}\LabNet
DefaultGroupName=LabNet
OutputDir=..\dist
OutputBaseFilename=LabNet-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

; The installer speaks the networks' languages that Inno Setup ships (Arabic's messages file is an
; unofficial translation, not bundled with Inno Setup: the installer is in English there, LabNet itself
; in Arabic). LabNet follows Windows' display language, or the one picked in its Settings.
[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
english.Checking=Checking the installation…
french.Checking=Vérification de l’installation…
spanish.Checking=Comprobando la instalación…
russian.Checking=Проверка установки…

[Files]
Source: "..\dist\labnet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\LabNet"; Filename: "{app}\labnet.exe"
Name: "{group}\LabNet demo"; Filename: "{app}\labnet.exe"; Parameters: "--demo"
Name: "{autodesktop}\LabNet"; Filename: "{app}\labnet.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\labnet.exe"; Parameters: "self-test --no-window"; Flags: runhidden; StatusMsg: "{cm:Checking}"
Filename: "{app}\labnet.exe"; Description: "{cm:LaunchProgram,LabNet}"; Flags: nowait postinstall skipifsilent
