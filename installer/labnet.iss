; Inno Setup script for the Windows installer of LabNet (docs/building.md, "Windows").
; Build first on Windows:  py -m venv .venv && .venv\Scripts\pip install -e ".[installer]"
;                          .venv\Scripts\pyinstaller --noconfirm build_installer.spec
;                          dist\labnet\labnet-cli.exe self-test
; then:                    iscc installer\labnet.iss    ->  dist\LabNet-setup.exe
; Data (the catalogue, keys, logs) lives outside the program folder, so an upgrade installed over an older
; version keeps it; the catalogue is migrated, with a backup, at first start. Where: installed for one user,
; %LOCALAPPDATA%\LabNet\LabNet; installed for all users (shared laboratory PCs), the installer asks whether
; each user keeps their own data or every user of the computer shares one folder, and writes that folder to
; %ProgramData%\LabNet\LabNet\data-folder.txt, which LabNet reads (labnet/paths.py). Uninstalling keeps the data.
; The installer runs the installed program's self-test and stops, rolling the installation back, when it fails.

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
english.DataTitle=Data folder
french.DataTitle=Dossier des données
spanish.DataTitle=Carpeta de datos
russian.DataTitle=Папка данных
english.DataQuestion=Who uses the catalogue on this computer?
french.DataQuestion=Qui utilise le catalogue sur cet ordinateur ?
spanish.DataQuestion=¿Quién usa el catálogo en este equipo?
russian.DataQuestion=Кто пользуется каталогом на этом компьютере?
english.DataPerUser=Each user has their own data (in their Windows profile)
french.DataPerUser=Chaque utilisateur a ses propres données (dans son profil Windows)
spanish.DataPerUser=Cada usuario tiene sus propios datos (en su perfil de Windows)
russian.DataPerUser=У каждого пользователя свои данные (в его профиле Windows)
english.DataShared=Every user of this computer shares one data folder (a shared laboratory PC)
french.DataShared=Tous les utilisateurs de cet ordinateur partagent un dossier de données (un PC de laboratoire partagé)
spanish.DataShared=Todos los usuarios de este equipo comparten una carpeta de datos (un PC de laboratorio compartido)
russian.DataShared=Все пользователи компьютера работают с одной папкой данных (общий компьютер лаборатории)
english.DataFolderPrompt=The shared data folder (every user may read and write it):
french.DataFolderPrompt=Le dossier de données partagé (chaque utilisateur peut le lire et l’écrire) :
spanish.DataFolderPrompt=La carpeta de datos compartida (todos los usuarios pueden leerla y escribirla):
russian.DataFolderPrompt=Общая папка данных (каждый пользователь может читать и изменять её):
english.SelfTestFailed=LabNet's self-test failed (exit code %1), so the installation is undone.%n%n%2
french.SelfTestFailed=L’autotest de LabNet a échoué (code %1) : l’installation est annulée.%n%n%2
spanish.SelfTestFailed=La autoprueba de LabNet falló (código %1): la instalación se deshace.%n%n%2
russian.SelfTestFailed=Самопроверка LabNet не прошла (код %1), установка отменена.%n%n%2

[Dirs]
; The shared data folder: every user of the computer may change the catalogue there.
Name: "{code:SharedDataFolder}"; Permissions: users-modify; Flags: uninsneveruninstall; Check: IsSharedData

[Files]
Source: "..\dist\labnet\*"; DestDir: "{app}"; Excludes: "labnet-cli.exe"; Flags: ignoreversion recursesubdirs createallsubdirs
; Installed last, so that every file is in place when its AfterInstall runs the self-test.
Source: "..\dist\labnet\labnet-cli.exe"; DestDir: "{app}"; Flags: ignoreversion; AfterInstall: RunSelfTest

[Icons]
Name: "{group}\LabNet"; Filename: "{app}\labnet.exe"
Name: "{group}\LabNet demo"; Filename: "{app}\labnet.exe"; Parameters: "--demo"
Name: "{autodesktop}\LabNet"; Filename: "{app}\labnet.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\labnet.exe"; Description: "{cm:LaunchProgram,LabNet}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DataPage: TInputOptionWizardPage;
  FolderPage: TInputDirWizardPage;

function MachineConfigFile(): String;
begin
  { labnet/paths.py: platformdirs.site_config_dir("LabNet", "LabNet") / "data-folder.txt" }
  Result := ExpandConstant('{commonappdata}\LabNet\LabNet\data-folder.txt');
end;

procedure InitializeWizard();
var
  Lines: TArrayOfString;
  Shared: String;
begin
  DataPage := CreateInputOptionPage(wpSelectDir, CustomMessage('DataTitle'), CustomMessage('DataQuestion'), '', True, False);
  DataPage.Add(CustomMessage('DataPerUser'));
  DataPage.Add(CustomMessage('DataShared'));
  FolderPage := CreateInputDirPage(DataPage.ID, CustomMessage('DataTitle'), CustomMessage('DataQuestion'),
    CustomMessage('DataFolderPrompt'), False, '');
  FolderPage.Add('');
  Shared := ExpandConstant('{commonappdata}\LabNet\Data');
  { An upgrade keeps the earlier choice. }
  if LoadStringsFromFile(MachineConfigFile(), Lines) and (GetArrayLength(Lines) > 0) and (Trim(Lines[0]) <> '') then
  begin
    Shared := Trim(Lines[0]);
    DataPage.SelectedValueIndex := 1;
  end
  else
    DataPage.SelectedValueIndex := 0;
  FolderPage.Values[0] := Shared;
end;

function IsSharedData(): Boolean;
begin
  { Only an installation for all users may decide for every user of the computer. }
  Result := IsAdminInstallMode() and (DataPage.SelectedValueIndex = 1);
end;

function SharedDataFolder(Param: String): String;
begin
  Result := FolderPage.Values[0];
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := False;
  if PageID = DataPage.ID then
    Result := not IsAdminInstallMode()
  else if PageID = FolderPage.ID then
    Result := not IsSharedData();
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  { Before the files (ssInstall): a setting that cannot be written stops the installation before any copying. }
  if (CurStep = ssInstall) and IsAdminInstallMode() then
  begin
    if IsSharedData() then
    begin
      ForceDirectories(ExtractFileDir(MachineConfigFile()));
      if not SaveStringsToUTF8File(MachineConfigFile(), [SharedDataFolder('')], False) then
        RaiseException('Cannot write ' + MachineConfigFile());
    end
    else if FileExists(MachineConfigFile()) then
      { Each user's own data from now on; the shared folder and its data stay where they are. }
      DeleteFile(MachineConfigFile());
  end;
end;

procedure RunSelfTest();
var
  ResultCode: Integer;
  Output: AnsiString;
  Report: String;
begin
  WizardForm.StatusLabel.Caption := CustomMessage('Checking');
  Report := ExpandConstant('{tmp}\self-test.txt');
  { labnet-cli.exe is the console twin of labnet.exe; cmd.exe keeps what it prints for the message below. }
  if not Exec(ExpandConstant('{cmd}'), '/C ""' + ExpandConstant('{app}\labnet-cli.exe') + '" self-test --no-window > "'
              + Report + '" 2>&1"', '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    ResultCode := -1;
  if ResultCode <> 0 then
  begin
    if not LoadStringFromFile(Report, Output) then
      Output := '';
    { An exception here stops the installation and rolls back what it installed. }
    RaiseException(FmtMessage(CustomMessage('SelfTestFailed'), [IntToStr(ResultCode), String(Output)]));
  end;
end;
