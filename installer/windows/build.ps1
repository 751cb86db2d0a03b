# Build the Windows installer of Hotline Desk (see installer/README.md).
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# Needs: Python 3.11+ (python.org, "py" launcher), Inno Setup 6 (iscc on PATH or in
# its default folder). Output: dist\hotline-desk-VERSION-windows-x64-setup.exe
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root

$Version = (py -3 -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()
$Build = "$Root\build\installer"
$Venv = "$Build\venv-windows"
Write-Host "build: Hotline Desk $Version for Windows x64"

if (-not (Test-Path "$Venv\Scripts\python.exe")) { py -3 -m venv $Venv }
$Py = "$Venv\Scripts\python.exe"
& $Py -m pip install -q --disable-pip-version-check --upgrade pip
if ($LASTEXITCODE) { throw "pip failed" }
# the translations are compiled into the package before it is installed
& $Py -m pip install -q --disable-pip-version-check "PySide6-Essentials>=6.7,<6.12"
Get-ChildItem "$Root\hotline\resources\translations\*.ts" | ForEach-Object {
    & "$Venv\Scripts\pyside6-lrelease.exe" -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
    if ($LASTEXITCODE) { throw "lrelease failed on $($_.Name)" }
}
& $Py -m pip install -q --disable-pip-version-check --force-reinstall --no-deps $Root
& $Py -m pip install -q --disable-pip-version-check $Root "pyinstaller>=6.10,<7"
if ($LASTEXITCODE) { throw "pip failed" }

Remove-Item -Recurse -Force "$Build\work-windows", "$Build\dist", "$Build\stage-windows" -ErrorAction SilentlyContinue
& "$Venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN --distpath "$Build\dist" --workpath "$Build\work-windows" "$Root\installer\hotline.spec"
if ($LASTEXITCODE) { throw "pyinstaller failed" }
if (-not (Test-Path "$Build\dist\hotline-desk\hotline-desk.exe")) { throw "hotline-desk.exe missing" }

New-Item -ItemType Directory -Force "$Build\stage-windows\licenses" | Out-Null
Copy-Item "$Root\hotline\resources\fonts\LICENSE-wqy-microhei.txt" "$Build\stage-windows\licenses\"
& $Py "$Root\installer\licenses.py" "$Build\stage-windows\licenses"
if ($LASTEXITCODE) { throw "licenses.py failed" }

# a first check of the bundle: its command line answers and makes a database
$Check = "$Build\check.db"
Remove-Item $Check -ErrorAction SilentlyContinue
& "$Build\dist\hotline-desk\hotline.exe" --db "sqlite:///$($Check -replace '\\','/')" init
if ($LASTEXITCODE) { throw "the bundle's hotline.exe init failed" }

$Iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { $Iscc = "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe" }
& $Iscc /Q "/DAppVersion=$Version" "$Root\installer\windows\hotline.iss"
if ($LASTEXITCODE) { throw "iscc failed" }
Write-Host "build: $Root\dist\hotline-desk-$Version-windows-x64-setup.exe"
