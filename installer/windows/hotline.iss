; Inno Setup 6 script: the Windows installer of Hotline Desk (热线服务台).
; Build the bundle first (installer\README.md), then from the checkout's root:
;   iscc /DAppVersion=0.1.0 installer\windows\hotline.iss
; -> dist\hotline-desk-0.1.0-windows-x64-setup.exe
;
; Installs for the current user without administrator rights (or, when started "as
; administrator" and chosen so, for all users under Program Files). The program
; folder holds only the application; every user's data (the database, backups,
; unsaved call drafts) lives in %LOCALAPPDATA%\HotlineDesk, which the application
; creates on first start and the uninstaller leaves in place.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\hotline.iss
#endif
#define AppName "Hotline Desk"
#define AppNameZh "热线服务台"
#define Bundle "..\..\build\installer\dist\hotline-desk"

[Setup]
AppId={{7C2F4B1E-6A3D-4E59-9B0A-5D8E2C41F7A3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppNameZh} {#AppName} {#AppVersion}
AppPublisher=Hotline Desk
DefaultDirName={autopf}\HotlineDesk
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=hotline-desk-{#AppVersion}-windows-x64-setup
SetupIconFile=hotline.ico
UninstallDisplayIcon={app}\hotline-desk.exe
UninstallDisplayName={#AppNameZh} {#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\build\installer\stage-windows\licenses\*"; DestDir: "{app}\licenses"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppNameZh} {#AppName}"; Filename: "{app}\hotline-desk.exe"; WorkingDir: "{localappdata}"
Name: "{group}\{cm:UninstallProgram,{#AppNameZh}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\hotline-desk.exe"; WorkingDir: "{localappdata}"; Tasks: desktopicon

[Run]
Filename: "{app}\hotline-desk.exe"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the installer put in the program folder; %LOCALAPPDATA%\HotlineDesk (the
; database and its backups) is the center's data and stays
Type: filesandordirs; Name: "{app}\_internal"
