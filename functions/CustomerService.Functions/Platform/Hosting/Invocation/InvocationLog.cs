namespace CustomerService.Functions.Platform.Hosting.Invocation;

/// <summary>
/// Log lines of one invocation. Under the host they travel back in the response's <c>Logs</c>
/// (and land in Application Insights with the invocation); standalone they go to the app log.
/// </summary>
public sealed class InvocationLog
{
    private readonly List<string> _lines = [];

    public void Write(string line)
    {
        lock (_lines) _lines.Add(line);
    }

    public IReadOnlyList<string> Lines
    {
        get { lock (_lines) return [.. _lines]; }
    }
}
