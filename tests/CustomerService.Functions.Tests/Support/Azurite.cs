using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CustomerService.Functions.Tests.Support;

/// <summary>
/// One real Azurite for the whole test run, on free loopback ports with its data in a temp
/// folder, stopped when the test process exits. Set CSF_TEST_STORAGE to a connection string to
/// use an emulator or account you started yourself instead.
/// </summary>
public static class Azurite
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<string> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string for the running emulator; starts it on first use.</summary>
    public static string ConnectionString => Started.Value;

    private static string Start()
    {
        var external = Environment.GetEnvironmentVariable("CSF_TEST_STORAGE");
        if (!string.IsNullOrWhiteSpace(external)) return external;

        var script = System.IO.Path.Combine(RepositoryRoot.Path, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script)) throw new InvalidOperationException("Azurite is not installed: run ./test.sh (or npm ci) first.");
        var location = Directory.CreateTempSubdirectory("csf-azurite-").FullName;
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--location", location,
                "--blobHost", "127.0.0.1", "--blobPort", $"{blob}", "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{table}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process, location);
        foreach (var port in new[] { blob, queue, table }) WaitForPort(port, process);
        return $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
               $"BlobEndpoint=http://127.0.0.1:{blob}/{AccountName};QueueEndpoint=http://127.0.0.1:{queue}/{AccountName};" +
               $"TableEndpoint=http://127.0.0.1:{table}/{AccountName};";
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitForPort(int port, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException($"Azurite did not open port {port} within 60 s");
    }

    private static void Stop(Process process, string location)
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        try { Directory.Delete(location, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
