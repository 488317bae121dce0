namespace CustomerService.Functions.Tests.Platform.Configuration;

/// <summary>
/// Reads the app-setting names a Bicep file writes, without a Bicep compiler: it finds the
/// <c>Microsoft.Web/sites/config</c> resource named <c>appsettings</c>, takes its
/// <c>properties</c> expression and collects the top-level keys of every object literal in it,
/// following <c>var</c> references (so <c>union(hostAppSettings, cond ? { X: … } : {})</c>
/// works). Comments and string contents never count, so a name mentioned in a comment or inside a
/// value is not mistaken for a setting.
/// </summary>
public static class BicepAppSettings
{
    public static IReadOnlySet<string> Names(string bicep)
    {
        var tokens = BicepTokenizer.Tokenize(bicep);
        var variables = Variables(tokens);
        var properties = AppSettingsProperties(tokens)
            ?? throw new InvalidOperationException("No Microsoft.Web/sites/config resource named 'appsettings' with a 'properties' expression was found.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        CollectKeys(properties, variables, names, new HashSet<string>(StringComparer.Ordinal));
        return names;
    }

    private static Dictionary<string, List<BicepToken>> Variables(List<BicepToken> tokens)
    {
        var variables = new Dictionary<string, List<BicepToken>>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Is(BicepTokenKind.Identifier, "var") && AtStatementStart(tokens, i)
                && tokens[i + 1].Kind == BicepTokenKind.Identifier && tokens[i + 2].Is(BicepTokenKind.Punctuation, "="))
            {
                variables[tokens[i + 1].Text] = ExpressionFrom(tokens, i + 3);
            }
        }
        return variables;
    }

    private static List<BicepToken>? AppSettingsProperties(List<BicepToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].Is(BicepTokenKind.Identifier, "resource") || !AtStatementStart(tokens, i)) continue;
            var type = tokens[i + 2];
            if (type.Kind != BicepTokenKind.String || !type.Text.StartsWith("Microsoft.Web/sites/config@", StringComparison.OrdinalIgnoreCase)) continue;
            var open = tokens.FindIndex(i, t => t.Is(BicepTokenKind.Punctuation, "{"));
            var body = Balanced(tokens, open);
            if (TopLevelValue(body, "name") is [{ Kind: BicepTokenKind.String, Text: var name }]
                && name.Equals("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                return TopLevelValue(body, "properties");
            }
        }
        return null;
    }

    /// <summary>The value tokens of <paramref name="key"/> at the top level of an object body.</summary>
    private static List<BicepToken>? TopLevelValue(List<BicepToken> objectTokens, string key)
    {
        var depth = 0;
        for (var i = 0; i < objectTokens.Count; i++)
        {
            var t = objectTokens[i];
            if (t.IsOpening) depth++;
            else if (t.IsClosing) depth--;
            else if (depth == 1 && t.Is(BicepTokenKind.Identifier, key) && i + 1 < objectTokens.Count
                     && objectTokens[i + 1].Is(BicepTokenKind.Punctuation, ":"))
            {
                return ExpressionFrom(objectTokens, i + 2);
            }
        }
        return null;
    }

    private static void CollectKeys(List<BicepToken> expression, Dictionary<string, List<BicepToken>> variables,
        HashSet<string> names, HashSet<string> visited)
    {
        for (var i = 0; i < expression.Count; i++)
        {
            var t = expression[i];
            if (t.Is(BicepTokenKind.Punctuation, "{"))
            {
                var literal = Balanced(expression, i);
                names.UnionWith(ObjectKeys(literal));
                i += literal.Count - 1; // values of the literal are not settings
            }
            else if (t.Kind == BicepTokenKind.Identifier && variables.TryGetValue(t.Text, out var value)
                     && !(i > 0 && expression[i - 1].Is(BicepTokenKind.Punctuation, ".")) && visited.Add(t.Text))
            {
                CollectKeys(value, variables, names, visited);
            }
        }
    }

    /// <summary>Top-level keys of an object literal (tokens from its '{' to its '}').</summary>
    private static IEnumerable<string> ObjectKeys(List<BicepToken> literal)
    {
        var depth = 0;
        var itemStart = false;
        for (var i = 0; i < literal.Count; i++)
        {
            var t = literal[i];
            if (t.IsOpening) { depth++; itemStart = depth == 1; continue; }
            if (t.IsClosing) { depth--; continue; }
            if (depth != 1) continue;
            if (t.Kind == BicepTokenKind.NewLine || t.Is(BicepTokenKind.Punctuation, ",")) { itemStart = true; continue; }
            if (itemStart && t.Kind is BicepTokenKind.Identifier or BicepTokenKind.String
                && i + 1 < literal.Count && literal[i + 1].Is(BicepTokenKind.Punctuation, ":"))
            {
                yield return t.Text;
            }
            itemStart = false;
        }
    }

    /// <summary>Tokens of an expression: up to the first new line outside brackets, or the end.</summary>
    private static List<BicepToken> ExpressionFrom(List<BicepToken> tokens, int start)
    {
        var result = new List<BicepToken>();
        var depth = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsOpening) depth++;
            else if (t.IsClosing && --depth < 0) break;
            else if (t.Kind == BicepTokenKind.NewLine && depth == 0) break;
            result.Add(t);
        }
        return result;
    }

    /// <summary>Tokens from an opening bracket at <paramref name="open"/> to its matching close.</summary>
    private static List<BicepToken> Balanced(List<BicepToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].IsOpening) depth++;
            else if (tokens[i].IsClosing && --depth == 0) return tokens.GetRange(open, i - open + 1);
        }
        throw new InvalidOperationException($"Unbalanced brackets after line {tokens[open].Line}.");
    }

    private static bool AtStatementStart(List<BicepToken> tokens, int i) =>
        i == 0 || tokens[i - 1].Kind == BicepTokenKind.NewLine;
}
