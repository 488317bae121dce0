namespace CustomerService.Functions.Hosting;

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
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static RunMode Detect(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[CustomHandlerPortVariable]) ? RunMode.Standalone : RunMode.Hosted;
}
