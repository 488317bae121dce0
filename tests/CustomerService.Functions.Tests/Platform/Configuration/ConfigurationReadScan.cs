using System.Text.RegularExpressions;

namespace CustomerService.Functions.Tests.Platform.Configuration;

/// <summary>
/// Finds configuration reads whose key is a string literal — <c>configuration["X"]</c>,
/// <c>GetValue&lt;T&gt;("X")</c>, <c>GetSection("X")</c>, <c>GetRequiredSection("X")</c>,
/// <c>GetConnectionString("X")</c>, <c>Bind("X", …)</c>,
/// <c>Environment.GetEnvironmentVariable("X")</c>. Such a read bypasses the <c>[AppSetting]</c>
/// declarations, so nothing checks that the setting is deployed or documented. Line comments
/// are ignored; a key built from a declared constant (<c>$"{Section}:Key"</c> included) passes.
/// </summary>
public static partial class ConfigurationReadScan
{
    public sealed record Finding(string File, int Line, string Code);

    // A literal key starts with ", @", $" or """ (raw) right after the opening bracket.
    private const string Literal = @"\s*(?:\$|@|\$@|@\$)?""";

    [GeneratedRegex(@"\b\w*(?:[Cc]onfig\w*|[Ss]ettings)\s*\[" + Literal)]
    private static partial Regex IndexerRead();

    [GeneratedRegex(@"\.(?:GetValue|GetSection|GetRequiredSection|GetConnectionString|Bind)\s*(?:<[^>()]*>)?\s*\(" + Literal)]
    private static partial Regex MethodRead();

    [GeneratedRegex(@"\bEnvironment\s*\.\s*GetEnvironmentVariable\s*\(" + Literal)]
    private static partial Regex EnvironmentRead();

    public static IEnumerable<Finding> Scan(string file, string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var code = WithoutLineComment(lines[i]);
            if (IndexerRead().IsMatch(code) || MethodRead().IsMatch(code) || EnvironmentRead().IsMatch(code))
            {
                yield return new Finding(file, i + 1, lines[i].Trim());
            }
        }
    }

    /// <summary>Drops a trailing // comment unless the slashes are inside a string literal.</summary>
    private static string WithoutLineComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length - 1; i++)
        {
            if (line[i] == '\\' && inString) i++;
            else if (line[i] == '"') inString = !inString;
            else if (!inString && line[i] == '/' && line[i + 1] == '/') return line[..i];
        }
        return line;
    }
}
