; Inno Setup 6 script for RefDesk on Windows (64-bit, Windows 10 or newer).
;
; Built by `python packaging/build.py windows`, which passes the defines below. By hand:
;   iscc /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 /DSourceDir=dist\refdesk ^
;        /DOutputDir=dist /DIconFile=build\icons\refdesk.ico packaging\windows\refdesk.iss
;
; * Per-user install, no administrator rights: %LOCALAPPDATA%\Programs\RefDesk, a Start-menu
;   entry for this user, an uninstaller under "Apps & features".
; * Installing a newer version over an older one replaces the app's folder and keeps the user's
;   data, which lives elsewhere (%LOCALAPPDATA%\refdesk: catalogue, bookmarks, notes, logs).
; * The uninstaller removes the app and asks whether to delete that data too (default: keep it).
;   Silent uninstall keeps it unless given /PURGEDATA.
; Silent install for coordinators: refdesk-X-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES

#ifndef AppVersion
  #error Define AppVersion (packaging/build.py does)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\refdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\refdesk.ico"
#endif
#define AppName "RefDesk"
#define AppExe "refdesk.exe"

[Setup]
; The AppId ties every version together for upgrades and uninstall: never change it.
AppId={{F0A45627-47D1-4BC4-BEF4-130274A631D7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RefDesk
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} setup
; Per-user: no UAC prompt; {autopf} and {autoprograms} resolve to the user's own folders.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=refdesk-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running RefDesk (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from a clean app folder, so no file of an older version lingers in it.
; (User data is not in {app}.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Offline reference desk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app itself may leave next to the executable (none today; keeps {app} from lingering).
Type: dirifempty; Name: "{app}"

[Code]
// Where the app keeps its data: platformdirs.user_data_dir("refdesk", appauthor=False) on Windows,
// unless the user moved it with REFDESK_HOME or --data-dir (then it is not ours to delete).
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\refdesk');
end;

function HasParam(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
  Purge: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Data := UserDataDir();
  if not DirExists(Data) then
    Exit;
  if UninstallSilent then
    Purge := HasParam('/PURGEDATA')
  else
    Purge := MsgBox('RefDesk has been removed.' + #13#10 + #13#10 +
      'Also delete your RefDesk data (bookmarks, notes and the installed catalogue) in' + #13#10 +
      Data + ' ?' + #13#10 + #13#10 +
      'Choose No to keep it for a later installation.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Purge then
    DelTree(Data, True, True, True);
end;
