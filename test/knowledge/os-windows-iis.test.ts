/**
 * The win32 and iis tables through the real log reader: IIS error pages and
 * logs, ASP.NET Core Module failures, and Windows codes as .NET, Python and
 * Windows itself print them.
 */
import { describe, expect, it } from 'vitest';
import { log, read } from './os-read.ts';

const page = (status: string, description: string, errorCode: string, configError = '') =>
  log(
    `HTTP Error ${status} - Internal Server Error`,
    description,
    'Most likely causes:',
    'IIS received the request; however, an internal error occurred during the processing of the request.',
    'Detailed Error Information:',
    'Module\t   IIS Web Core',
    'Notification\t   BeginRequest',
    'Handler\t   Not yet determined',
    `Error Code\t   ${errorCode}`,
    `Config Error\t   ${configError}`,
    'Config File\t   \\\\?\\C:\\inetpub\\wwwroot\\shop\\web.config',
  );
const CONFIG_INVALID = 'The requested page cannot be accessed because the related configuration data for the page is invalid.';
const w3c = (status: number, sub: number, win32: number, uri = '/checkout') =>
  `2024-03-10 14:02:11 10.0.0.5 GET ${uri} - 443 - 203.0.113.9 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://shop.example/ ${status} ${sub} ${win32} 31`;

describe('IIS 500.19: the Error Code decides', () => {
  it('0x8007000d with an empty Config Error: a module web.config uses is not installed', () => {
    const r = read(page('500.19', CONFIG_INVALID, '0x8007000d'));
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('missing-extension');
    expect(r.rules).toEqual(expect.arrayContaining(['iis:500.19', 'iis:error-code-0x8007000d']));
    expect(r.look('iis:500.19')).toMatch(/Error Code/);
  });

  it('0x80070005: IIS may not read web.config', () => {
    const r = read(page('500.19', CONFIG_INVALID, '0x80070005', 'Cannot read configuration file due to insufficient permissions'));
    expect(r.family).toBe('permissions');
    expect(r.rules).toContain('iis:error-code-0x80070005');
  });

  it('0x800700b7 and 0x80070021: a duplicate entry or a locked section in web.config', () => {
    const dup = read(
      page('500.19', CONFIG_INVALID, '0x800700b7', "Cannot add duplicate collection entry of type 'add' with unique key attribute 'name' set to 'aspNetCore'"),
    );
    expect(dup.family).toBe('misconfiguration');
    expect(dup.cause).toBe('web-server-config');
    const locked = read(
      page(
        '500.19',
        CONFIG_INVALID,
        '0x80070021',
        'This configuration section cannot be used at this path. This happens when the section is locked at a parent level.',
      ),
    );
    expect(locked.family).toBe('misconfiguration');
    expect(locked.rules).toContain('iis:error-code-0x80070021');
  });

  it('a .NET 4 site in a .NET 2 app pool: the unrecognised targetFramework attribute', () => {
    const r = read(page('500.19', CONFIG_INVALID, '0x8007000d', "Unrecognized attribute 'targetFramework'. Note that attribute names are case-sensitive."));
    expect(r.rules).toContain('iis:config-targetFramework');
    expect(r.family).toBe('deployment-artifact');
  });

  it('the W3C access log carries the same answer in sc-win32-status', () => {
    const missingModule = read(log(w3c(200, 0, 0, '/'), w3c(500, 19, 13), w3c(500, 19, 13, '/cart')));
    expect(missingModule.rules).toContain('iis:500.19#1');
    expect(missingModule.cause).toBe('missing-extension');
    const denied = read(log(w3c(200, 0, 0, '/'), w3c(500, 19, 5)));
    expect(denied.rules).toContain('iis:500.19#2');
    expect(denied.family).toBe('permissions');
  });
});

describe('ASP.NET Core Module', () => {
  it("500.30 is a wrapper: the stdout log's exception decides", () => {
    const r = read(
      log(
        'HTTP Error 500.30 - ASP.NET Core app failed to start',
        'Common solutions to this issue:',
        'The app failed to start',
        'The app started but then stopped',
        '',
        'Unhandled exception. System.Net.Sockets.SocketException (111): Connection refused',
        '   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)',
      ),
    );
    expect(r.look('iis:500.30')).toMatch(/stdout/);
    expect(r.rules).toContain('errno:ECONNREFUSED');
    expect(r.family).toBe('dependency-failure');
  });

  it('500.31: the .NET runtime the app targets is not installed', () => {
    const r = read(
      log(
        'HTTP Error 500.31 - Failed to load ASP.NET Core runtime',
        'Common solutions to this issue:',
        'The specified version of Microsoft.NetCore.App or Microsoft.AspNetCore.App was not found.',
      ),
    );
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('wrong-runtime-version');
    expect(r.rules).toContain('iis:500.31');
  });

  it('500.35: two in-process apps share an app pool', () => {
    const r = read('HTTP Error 500.35 - ANCM Multiple In-Process Applications in same Process');
    expect(r.family).toBe('misconfiguration');
    expect(r.rules).toContain('iis:500.35');
  });

  it('an app that throws while starting: ErrorCode 0x8007023e is a wrapper', () => {
    const r = read("Failed to start application '/LM/W3SVC/2/ROOT', ErrorCode '0x8007023e'.");
    expect(r.rules).toContain('win32:ERROR_UNHANDLED_EXCEPTION');
    expect(r.look('win32:ERROR_UNHANDLED_EXCEPTION')).toMatch(/stdout/);
  });
});

describe('IIS overload and crashes', () => {
  it('HTTP.sys QueueFull lines: the app pool cannot keep up', () => {
    const r = read(
      log(
        '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status s-siteid s-reason s-queuename',
        '2024-03-10 14:02:11 203.0.113.9 51234 10.0.0.5 443 HTTP/1.1 GET /api/orders - 503 1 QueueFull ShopPool',
        '2024-03-10 14:02:11 203.0.113.10 51240 10.0.0.5 443 HTTP/1.1 GET /api/cart - 503 1 QueueFull ShopPool',
      ),
    );
    expect(r.family).toBe('resource-exhaustion');
    expect(r.cause).toBe('traffic-overload');
    expect(r.rules).toContain('iis:httperr-QueueFull');
  });

  it('503.0 with AppOffline: the pool was stopped after crashes; the crash itself decides', () => {
    const r = read(
      log(
        '2024-03-10 14:02:11 203.0.113.9 51234 10.0.0.5 443 HTTP/1.1 GET /api/orders - 503 1 AppOffline ShopPool',
        'Faulting application name: w3wp.exe, version: 10.0.17763.1, time stamp: 0xcfdb13d8',
        'Exception code: 0xc00000fd',
      ),
    );
    expect(r.look('iis:httperr-AppOffline')).toMatch(/Rapid-Fail/);
    expect(r.rules).toContain('win32:STATUS_STACK_OVERFLOW');
    expect(r.family).toBe('code-bug');
  });

  it('a FastCGI request timeout from PHP on IIS', () => {
    const r = read(
      log(
        'HTTP Error 500.0 - Internal Server Error',
        'C:\\php\\php-cgi.exe - The FastCGI process exceeded configured request timeout',
        'Module\t   FastCgiModule',
        'Error Code\t   0x80070102',
      ),
    );
    expect(r.cause).toBe('execution-time-limit');
    expect(r.rules).toContain('iis:fastcgi-request-timeout');
  });

  it('502.3 with 0x80072ee2: the backend behind ARR timed out', () => {
    const r = read(log('HTTP Error 502.3 - Bad Gateway', 'The operation timed out', 'Module\t   ApplicationRequestRouting', 'Error Code\t   0x80072ee2'));
    expect(r.cause).toBe('execution-time-limit');
    expect(r.rules).toEqual(expect.arrayContaining(['iis:502.3#1', 'iis:error-code-0x80072ee2']));
  });
});

describe('Windows codes in application logs', () => {
  it('a locked file during a deploy, from Python on Windows', () => {
    const r = read(
      "PermissionError: [WinError 32] The process cannot access the file because it is being used by another process: 'C:\\\\inetpub\\\\shop\\\\bin\\\\Shop.dll'",
    );
    expect(r.family).toBe('deployment-artifact');
    expect(r.rules).toContain('win32:ERROR_SHARING_VIOLATION');
  });

  it('an assembly of the wrong version (0x80131040)', () => {
    const r = read(
      log(
        "System.IO.FileLoadException: Could not load file or assembly 'Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed' or one of its dependencies. The located assembly's manifest definition does not match the assembly reference. (Exception from HRESULT: 0x80131040)",
        "File name: 'Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed'",
      ),
    );
    expect(r.cause).toBe('dependency-version-mismatch');
    expect(r.rules).toContain('win32:FUSION_E_REF_DEF_MISMATCH');
  });

  it('a 32-bit DLL in a 64-bit process (0x8007000B, HRESULT in decimal)', () => {
    const r = read(
      log(
        "System.BadImageFormatException: Could not load file or assembly 'Interop.Printer' or one of its dependencies. An attempt was made to load a program with an incorrect format.",
        '   HResult=-2147024885',
      ),
    );
    expect(r.family).toBe('deployment-artifact');
    expect(r.rules).toContain('win32:ERROR_BAD_FORMAT');
  });

  it('SQL Server over TLS with an untrusted certificate', () => {
    const r = read(
      'Microsoft.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the login process. (provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)',
    );
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('tls-certificate');
    expect(r.rules).toContain('win32:SEC_E_UNTRUSTED_ROOT');
  });

  it('the app pool identity cannot log on to a share', () => {
    const r = read('System.ComponentModel.Win32Exception (1326): The user name or password is incorrect.');
    expect(r.cause).toBe('bad-service-credentials');
  });
});

describe('Windows and IIS lines that must not count', () => {
  it('healthy W3C lines, a 404 page, and a 403 page for a client give no clue', () => {
    const r = read(
      log(
        '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
        w3c(200, 0, 0, '/'),
        w3c(304, 0, 0, '/css/site.css'),
        w3c(404, 0, 2, '/favicon.ico'),
        'HTTP Error 404.0 - Not Found (0x80070002)',
        'Error Code\t   0x80070002',
        '403 - Forbidden: Access is denied.',
      ),
    );
    expect(r.ours).toEqual([]);
  });

  it('a generic E_FAIL or the HRESULT of every SqlException explains but does not count', () => {
    const r = read(
      log(
        'System.Runtime.InteropServices.COMException (0x80004005): Unspecified error',
        'ClientConnectionId:3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01 Error Number:0 (0x80131904)',
      ),
    );
    expect(r.ours).toEqual([]);
  });
});
