namespace CustomerService.Functions.Features.Informing.Recipients;

/// <summary>What the file held: accepted recipients (one per account), the rejected rows' problems and the merges.</summary>
/// <param name="FileError">Set when the file as a whole cannot be used (nothing is stored then).</param>
/// <summary>A customer's contacts as a register holds them, for <see cref="RecipientListParser.FromRegister"/>.</summary>
/// <param name="Channel"><c>sms</c>, <c>email</c> or null (choose by the contacts).</param>
public sealed record RegisterContact(string? Account, string? Name, string? Phone, string? Email, string? Address, string? Channel, string? Language);

public sealed record ParsedRecipientList(
    string Encoding, char Separator, bool HasHeader, int Rows, IReadOnlyList<Recipient> Recipients, IReadOnlyList<RowProblem> Problems,
    IReadOnlyList<RowMerge> Merges, string? FileError)
{
    /// <summary>Lines with at least one problem.</summary>
    public int RejectedRows => Problems.Select(p => p.Line).Distinct().Count();
}

/// <summary>
/// Turns an uploaded billing export into recipients, pure: decode, split, find the columns, read
/// and check every row, merge rows of the same account (the first row wins, later rows only fill
/// its empty fields).
/// </summary>
public static class RecipientListParser
{
    public const int MaxRows = 200_000;

    public static ParsedRecipientList Parse(ReadOnlySpan<byte> file)
    {
        var (text, encoding) = CsvDecoder.Decode(file);
        var separator = CsvParser.DetectSeparator(text);
        var records = CsvParser.Parse(text, separator).Take(MaxRows + 2).ToList();
        if (records.Count == 0) return Failed(encoding, separator, "Файл пуст: нет ни одной строки с данными.");
        return FromRecords(records, encoding, separator);
    }

    /// <summary>
    /// Recipients from contacts kept in a register (e.g. appeals' applicants): the same checks and merges
    /// as a file, the register's rows numbered from line 2 as if under a header; <paramref name="source"/>
    /// stands where a file's encoding would.
    /// </summary>
    public static ParsedRecipientList FromRegister(IReadOnlyList<RegisterContact> contacts, string source)
    {
        if (contacts.Count == 0) return Failed(source, ';', "Отбор пуст: нет ни одной записи.");
        if (contacts.Count > MaxRows) return Failed(source, ';', $"Отобрано больше {MaxRows:N0} записей: сузьте отбор.");
        string[] header = ["account", "name", "phone", "email", "address", "channel", "language"];
        var records = contacts.Select((c, i) => new CsvRecord(i + 2, [c.Account ?? "", c.Name ?? "", c.Phone ?? "", c.Email ?? "", c.Address ?? "", c.Channel ?? "", c.Language ?? ""]));
        return FromRecords([new CsvRecord(1, header), .. records], source, ';');
    }

    private static ParsedRecipientList FromRecords(IReadOnlyList<CsvRecord> records, string encoding, char separator)
    {
        var columns = RecipientColumns.Detect(records[0].Fields);
        var rows = records.Skip(columns.HasHeader ? 1 : 0).ToList();
        if (rows.Count == 0) return Failed(encoding, separator, "В файле только заголовок: нет ни одной строки с получателями.");
        if (rows.Count > MaxRows) return Failed(encoding, separator, $"В файле больше {MaxRows:N0} строк: разделите список на несколько файлов.");
        if (columns[RecipientColumn.Account] is null)
            return Failed(encoding, separator, "В заголовке нет столбца с лицевым счётом («Лицевой счёт», «Л/с», «Account»).");

        var problems = new List<RowProblem>();
        var merges = new List<RowMerge>();
        var byAccount = new Dictionary<string, Recipient>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in rows)
        {
            if (RecipientRowReader.Read(row, columns, problems) is not { } recipient) continue;
            if (byAccount.TryGetValue(recipient.Account, out var first))
            {
                byAccount[recipient.Account] = Merge(first, recipient);
                merges.Add(new(row.Line, first.Lines[0], recipient.Account));
                continue;
            }
            byAccount[recipient.Account] = recipient;
            order.Add(recipient.Account);
        }
        return new(encoding, separator, columns.HasHeader, rows.Count, [.. order.Select(a => byAccount[a])], problems, merges, null);
    }

    private static Recipient Merge(Recipient first, Recipient later) => first with
    {
        Name = first.Name ?? later.Name,
        Amount = first.Amount ?? later.Amount,
        Phone = first.Phone ?? later.Phone,
        Email = first.Email ?? later.Email,
        Address = first.Address ?? later.Address,
        PreferredChannel = first.PreferredChannel ?? later.PreferredChannel,
        Consent = first.Consent == false || later.Consent == false ? false : first.Consent ?? later.Consent,
        Language = first.Language ?? later.Language,
        Lines = [.. first.Lines, .. later.Lines],
    };

    private static ParsedRecipientList Failed(string encoding, char separator, string error) => new(encoding, separator, false, 0, [], [], [], error);
}
