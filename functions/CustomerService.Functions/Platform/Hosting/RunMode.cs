using CustomerService.Functions.Platform.Configuration;

namespace CustomerService.Functions.Platform.Hosting;

/// <summary>
/// Who dispatches the triggers. Hosted: the Azure Functions host started us and owns triggers,
/// scaling and keys. Standalone: no host; this process serves HTTP and runs queue and timer
/// triggers itself. The handler code is the same in both.
/// </summary>
public enum RunMode
{
    Standalone,
    Hosted,
}

public static class RunModeDetector
{
    /// <summary>The host always sets this variable for the process it starts (ARCHITECTURE §2).</summary>
    [AppSetting("Port the Functions host tells the custom handler to listen on (127.0.0.1); its presence means hosted mode.", Source = SettingSource.Platform)]
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    [AppSetting("Standalone mode: the HTTP port on 127.0.0.1 (default 7071).", Source = SettingSource.StandaloneOnly, Optional = true)]
    public const string StandalonePort = "PORT";

    public static RunMode Detect(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[CustomHandlerPortVariable]) ? RunMode.Standalone : RunMode.Hosted;
}
