using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Informing.Scenarios;

namespace CustomerService.Functions.Features.Informing.Recipients;

/// <summary>
/// Reads one record into a <see cref="Recipient"/> or the problems that reject it. Every field is
/// checked so the report lists all problems of a row at once. Phones and e-mails follow the intake's
/// rules (<see cref="ContactFormats"/>): +7 numbers in any usual spelling become E.164.
/// </summary>
public static class RecipientRowReader
{
    public const int MaxAccountLength = 32;
    public const int MaxTextLength = 300;

    public static Recipient? Read(CsvRecord record, RecipientColumns columns, List<RowProblem> problems)
    {
        var before = problems.Count;
        var line = record.Line;
        string? Cell(RecipientColumn column) =>
            columns[column] is { } i && i < record.Fields.Count && record.Fields[i].Trim() is { Length: > 0 } value ? value : null;

        var account = Account(Cell(RecipientColumn.Account), line, problems);
        var name = Text(Cell(RecipientColumn.Name), "name", "ФИО", line, problems);
        var address = Text(Cell(RecipientColumn.Address), "address", "Адрес", line, problems);
        var amount = Amount(Cell(RecipientColumn.Amount), line, problems);
        var phone = Phone(Cell(RecipientColumn.Phone), line, problems);
        var email = Email(Cell(RecipientColumn.Email), line, problems);
        var channel = Channel(Cell(RecipientColumn.Channel), line, problems);
        var consent = Consent(Cell(RecipientColumn.Consent), line, problems);
        var language = Language(Cell(RecipientColumn.Language), line, problems);

        if (Cell(RecipientColumn.Phone) is null && Cell(RecipientColumn.Email) is null)
            problems.Add(new(line, "contacts", "Нет ни телефона, ни e-mail: сообщить клиенту нечем."));
        if (channel == RecipientChannels.Sms && Cell(RecipientColumn.Phone) is null)
            problems.Add(new(line, "channel", "Выбран канал SMS, но телефон не указан."));
        if (channel == RecipientChannels.Email && Cell(RecipientColumn.Email) is null)
            problems.Add(new(line, "channel", "Выбран канал e-mail, но адрес e-mail не указан."));

        return problems.Count > before ? null : new Recipient(account!, name, amount, phone, email, address, channel, consent, language, [line]);
    }

    private static string? Account(string? text, int line, List<RowProblem> problems)
    {
        if (text is null) problems.Add(new(line, "account", "Укажите номер лицевого счёта или договора."));
        else if (text.Length > MaxAccountLength || !text.All(c => char.IsLetterOrDigit(c) || c is '-' or '.'))
            problems.Add(new(line, "account", $"Номер лицевого счёта «{Shorten(text)}» некорректен: допустимы буквы, цифры, точка и дефис, не более {MaxAccountLength} символов."));
        else return text.ToUpperInvariant();
        return null;
    }

    private static string? Text(string? text, string field, string label, int line, List<RowProblem> problems)
    {
        if (text is null) return null;
        if (text.Length > MaxTextLength) problems.Add(new(line, field, $"{label}: не более {MaxTextLength} символов."));
        else if (ContactFormats.HasControlCharacters(text, multiline: false)) problems.Add(new(line, field, $"{label}: недопустимые управляющие символы."));
        else return text;
        return null;
    }

    private static decimal? Amount(string? text, int line, List<RowProblem> problems)
    {
        if (text is null) return null;
        if (ValueFormatter.ParseMoney(text) is { } amount) return amount;
        problems.Add(new(line, "amount", $"Сумма «{Shorten(text)}» не является числом: пример 1234,50."));
        return null;
    }

    private static string? Phone(string? text, int line, List<RowProblem> problems)
    {
        if (text is null) return null;
        if (ContactFormats.NormalizePhone(text) is { } phone) return phone;
        problems.Add(new(line, "phone", $"Номер телефона «{Shorten(text)}» не распознан: ожидается +7XXXXXXXXXX или 8XXXXXXXXXX."));
        return null;
    }

    private static string? Email(string? text, int line, List<RowProblem> problems)
    {
        if (text is null) return null;
        if (ContactFormats.IsEmail(text)) return text.ToLowerInvariant();
        problems.Add(new(line, "email", $"Адрес e-mail «{Shorten(text)}» некорректен."));
        return null;
    }

    private static string? Channel(string? text, int line, List<RowProblem> problems)
    {
        if (text is null) return null;
        switch (text.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal))
        {
            case "sms" or "смс": return RecipientChannels.Sms;
            case "email" or "mail" or "почта" or "эл.почта" or "электроннаяпочта": return RecipientChannels.Email;
        }
        problems.Add(new(line, "channel", $"Канал «{Shorten(text)}» неизвестен: укажите sms или email."));
        return null;
    }

    private static bool? Consent(string? text, int line, List<RowProblem> problems)
    {
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "да" or "yes" or "true" or "1" or "+": return true;
            case "нет" or "no" or "false" or "0" or "-": return false;
        }
        problems.Add(new(line, "consent", $"Согласие «{Shorten(text)}» не распознано: укажите да или нет."));
        return null;
    }

    private static string? Language(string? text, int line, List<RowProblem> problems)
    {
        if (text is null) return null;
        var language = text.ToLowerInvariant();
        if (ScenarioLanguages.IsKnown(language)) return language;
        problems.Add(new(line, "language", $"Язык «{Shorten(text)}» не поддерживается: {string.Join(", ", ScenarioLanguages.All)}."));
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
