using System.Text;
using System.Text.Json;

namespace CustomerService.Functions.Platform.Hosting.Catalogue;

/// <summary>
/// Renders the function.json the Functions host needs for each catalogued function, writes the
/// folders next to host.json, and reports drift between the files and the catalogue.
/// </summary>
public static class FunctionJson
{
    public const string FileName = "function.json";

    /// <summary>Binding names; the hosted payload carries the trigger value under them (<c>Data.queue</c>, <c>Data.timer</c>).</summary>
    public const string QueueBindingName = "queue";
    public const string TimerBindingName = "timer";

    /// <summary>File text per function name: two-space indent, LF, trailing newline, stable across platforms.</summary>
    public static IReadOnlyDictionary<string, string> Render(IEnumerable<FunctionDefinition> functions) =>
        functions.ToDictionary(f => f.Name, Render, StringComparer.Ordinal);

    public static string Render(FunctionDefinition function)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", IndentSize = 2 }))
        {
            json.WriteStartObject();
            json.WriteStartArray("bindings");
            switch (function)
            {
                case HttpFunctionDefinition http: WriteHttp(json, http); break;
                case QueueFunctionDefinition queue: WriteQueue(json, queue); break;
                case TimerFunctionDefinition timer: WriteTimer(json, timer); break;
                default: throw new InvalidOperationException($"Unknown function kind {function.GetType().Name}");
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>
    /// Writes one folder per function and deletes folders of functions that no longer exist.
    /// Only folders holding a function.json are ever deleted, so the handler project, the
    /// published handler and the SPA next to them are safe.
    /// </summary>
    public static IReadOnlyList<string> Write(string functionsDirectory, IEnumerable<FunctionDefinition> functions)
    {
        var rendered = Render(functions);
        var changes = new List<string>();
        foreach (var stale in FunctionFolders(functionsDirectory).Where(name => !rendered.ContainsKey(name)))
        {
            Directory.Delete(Path.Combine(functionsDirectory, stale), recursive: true);
            changes.Add($"removed {stale}/");
        }
        foreach (var (name, text) in rendered)
        {
            var path = Path.Combine(functionsDirectory, name, FileName);
            if (File.Exists(path) && File.ReadAllText(path) == text) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            changes.Add($"wrote {name}/{FileName}");
        }
        return changes;
    }

    /// <summary>What differs between the folders in <paramref name="functionsDirectory"/> and the catalogue; empty when in sync.</summary>
    public static IReadOnlyList<string> FindDrift(string functionsDirectory, IEnumerable<FunctionDefinition> functions)
    {
        var rendered = Render(functions);
        var drift = FunctionFolders(functionsDirectory).Where(name => !rendered.ContainsKey(name))
            .Select(name => $"{name}/{FileName} exists but no such function is in the catalogue").ToList();
        foreach (var (name, text) in rendered)
        {
            var path = Path.Combine(functionsDirectory, name, FileName);
            if (!File.Exists(path)) drift.Add($"{name}/{FileName} is missing");
            else if (File.ReadAllText(path).ReplaceLineEndings("\n") != text) drift.Add($"{name}/{FileName} differs from the catalogue");
        }
        return drift;
    }

    private static IEnumerable<string> FunctionFolders(string functionsDirectory) =>
        Directory.EnumerateDirectories(functionsDirectory)
            .Where(dir => File.Exists(Path.Combine(dir, FileName)))
            .Select(dir => Path.GetFileName(dir)!);

    private static void WriteHttp(Utf8JsonWriter json, HttpFunctionDefinition http)
    {
        json.WriteStartObject();
        json.WriteString("type", "httpTrigger");
        json.WriteString("direction", "in");
        json.WriteString("name", "req");
        json.WriteString("authLevel", http.AuthLevel == FunctionAuthLevel.Anonymous ? "anonymous" : "function");
        if (http.Methods.Count > 0)
        {
            json.WriteStartArray("methods");
            foreach (var method in http.Methods) json.WriteStringValue(method);
            json.WriteEndArray();
        }
        json.WriteString("route", http.Route);
        json.WriteEndObject();
        // Exactly one httpTrigger in and one http out: the only shape the host forwards as a raw request (research A5).
        json.WriteStartObject();
        json.WriteString("type", "http");
        json.WriteString("direction", "out");
        json.WriteString("name", "res");
        json.WriteEndObject();
    }

    private static void WriteQueue(Utf8JsonWriter json, QueueFunctionDefinition queue)
    {
        json.WriteStartObject();
        json.WriteString("type", "queueTrigger");
        json.WriteString("direction", "in");
        json.WriteString("name", QueueBindingName);
        json.WriteString("queueName", queue.QueueName);
        json.WriteString("connection", queue.Connection);
        json.WriteEndObject();
    }

    private static void WriteTimer(Utf8JsonWriter json, TimerFunctionDefinition timer)
    {
        json.WriteStartObject();
        json.WriteString("type", "timerTrigger");
        json.WriteString("direction", "in");
        json.WriteString("name", TimerBindingName);
        json.WriteString("schedule", timer.Schedule);
        json.WriteBoolean("runOnStartup", timer.RunOnStartup);
        json.WriteEndObject();
    }
}
