using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Appeals.Organizations.Editing;

/// <summary>
/// Checks an edited profile field by field (Russian messages for the admin UI, keys are the JSON
/// paths: <c>promises.complaint.days</c>, <c>acceptedChannels[2]</c>) and builds the
/// <see cref="OrganizationProfile"/> intake uses. Pure: no I/O.
/// </summary>
public static class OrganizationProfileValidator
{
    public const int MaxPromiseDays = 365;
    public const int MaxAccountDigits = 30;

    /// <summary>The profile, or null with the problems added. The id is the URL's: a body may omit it but not contradict it.</summary>
    public static OrganizationProfile? Validate(OrganizationProfileDocument document, string id, ValidationProblemBuilder problems)
    {
        problems.AddIf(document.Id is not null && document.Id != id, "id", $"Идентификатор профиля менять нельзя: ожидается «{id}».");
        var fullName = Text(document.FullName, "fullName", "полное наименование организации", 300, problems);
        var shortName = Text(document.ShortName, "shortName", "краткое наименование организации", 100, problems);
        var jurisdiction = Enum.TryParse<Jurisdiction>(document.Jurisdiction, ignoreCase: false, out var j) && Enum.IsDefined(j) ? j : (Jurisdiction?)null;
        problems.AddIf(jurisdiction is null, "jurisdiction", "Укажите юрисдикцию: RU или KZ.");
        problems.AddIf(!IsTimeZone(document.TimeZoneId), "timeZoneId", "Укажите часовой пояс IANA, например Asia/Krasnoyarsk или Europe/Moscow.");
        var channels = EnumSet<Channel>(document.AcceptedChannels, "acceptedChannels", "канал", problems);
        problems.AddIf(channels is { Count: 0 }, "acceptedChannels", "Укажите хотя бы один канал приёма обращений.");
        var languages = Languages(document.ReplyLanguages, problems);
        var format = NumberFormats.Parse(document.NumberFormat);
        problems.AddIf(format is null, "numberFormat", $"Укажите формат номера: {NumberFormats.SequenceWithApplicantCode} или {NumberFormats.YearAndSequence}.");
        var promises = Promises(document.Promises, problems);
        var required = RequiredFields(document.RequiredFields, problems);
        var waived = EnumSet<Channel>(document.ChannelsWithoutRequiredFields ?? [], "channelsWithoutRequiredFields", "канал", problems);
        var (min, max) = AccountDigits(document, problems);
        var consent = ConsentVersion(document.ConsentTextVersion, problems);
        if (problems.HasErrors) return null;

        return new OrganizationProfile
        {
            Id = id, FullName = fullName!, ShortName = shortName!, Jurisdiction = jurisdiction!.Value, TimeZoneId = document.TimeZoneId!,
            AcceptedChannels = channels!, ReplyLanguages = languages!, NumberFormat = format!, Promises = promises!, RequiredFields = required!,
            ChannelsWithoutRequiredFields = waived!, BillingAccountMinDigits = min, BillingAccountMaxDigits = max, ConsentTextVersion = consent!,
        };
    }

    private static string? Text(string? value, string field, string what, int maxLength, ValidationProblemBuilder problems)
    {
        var text = value?.Trim();
        problems.AddIf(string.IsNullOrEmpty(text), field, $"Укажите {what}.");
        problems.AddIf(text is { Length: > 0 } && text.Length > maxLength, field, $"Не длиннее {maxLength} символов.");
        return text;
    }

    private static bool IsTimeZone(string? id) => !string.IsNullOrWhiteSpace(id) && id.Contains('/') && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private static HashSet<T>? EnumSet<T>(IReadOnlyList<string>? names, string field, string what, ValidationProblemBuilder problems) where T : struct, Enum
    {
        if (names is null)
        {
            problems.Add(field, "Укажите список значений.");
            return null;
        }
        var set = new HashSet<T>();
        for (var i = 0; i < names.Count; i++)
        {
            if (!WireEnum<T>.TryParse(names[i], out var value)) problems.Add($"{field}[{i}]", $"Неизвестный {what} «{names[i]}». Допустимо: {WireEnum<T>.AllowedList()}.");
            else if (!set.Add(value)) problems.Add($"{field}[{i}]", $"Значение «{names[i]}» указано дважды.");
        }
        return set;
    }

    private static List<string>? Languages(IReadOnlyList<string>? codes, ValidationProblemBuilder problems)
    {
        if (codes is not { Count: > 0 })
        {
            problems.Add("replyLanguages", "Укажите хотя бы один язык ответа (код ISO 639-1: ru, tt, kk, en).");
            return null;
        }
        for (var i = 0; i < codes.Count; i++)
        {
            problems.AddIf(codes[i] is not { Length: 2 } code || !code.All(char.IsAsciiLetterLower), $"replyLanguages[{i}]", "Код языка — две строчные латинские буквы (ISO 639-1), например ru.");
            problems.AddIf(codes.Take(i).Contains(codes[i]), $"replyLanguages[{i}]", $"Язык «{codes[i]}» указан дважды.");
        }
        return [.. codes];
    }

    private static Dictionary<AppealKind, AnswerPromise>? Promises(IReadOnlyDictionary<string, PromiseDocument>? documents, ValidationProblemBuilder problems)
    {
        if (documents is null)
        {
            problems.Add("promises", $"Укажите сроки ответа для каждого вида обращения: {WireEnum<AppealKind>.AllowedList()}.");
            return null;
        }
        foreach (var name in documents.Keys.Where(n => !WireEnum<AppealKind>.TryParse(n, out _)))
            problems.Add($"promises.{name}", $"Неизвестный вид обращения. Допустимо: {WireEnum<AppealKind>.AllowedList()}.");
        var promises = new Dictionary<AppealKind, AnswerPromise>();
        foreach (var kind in Enum.GetValues<AppealKind>())
        {
            var field = "promises." + WireEnum<AppealKind>.Name(kind);
            if (!documents.TryGetValue(WireEnum<AppealKind>.Name(kind), out var promise) || promise is null)
            {
                problems.Add(field, "Укажите срок ответа для этого вида обращения.");
                continue;
            }
            var days = promise.Days is >= 1 and <= MaxPromiseDays;
            problems.AddIf(!days, field + ".days", $"Срок — целое число дней от 1 до {MaxPromiseDays}.");
            var dayType = promise.DayType switch { "calendar" => DayType.Calendar, "working" => DayType.Working, _ => DayType.Unspecified };
            problems.AddIf(dayType == DayType.Unspecified, field + ".dayType", "Укажите, какие дни считаются: calendar (календарные) или working (рабочие).");
            problems.AddIf(promise.Source is { Length: > 500 }, field + ".source", "Не длиннее 500 символов.");
            if (days && dayType != DayType.Unspecified) promises[kind] = new AnswerPromise(promise.Days!.Value, dayType, promise.Source?.Trim() ?? "");
        }
        return promises;
    }

    private static Dictionary<ApplicantKind, IReadOnlySet<ApplicantField>>? RequiredFields(IReadOnlyDictionary<string, IReadOnlyList<string>>? documents, ValidationProblemBuilder problems)
    {
        if (documents is null)
        {
            problems.Add("requiredFields", $"Укажите обязательные поля для каждого вида заявителя: {WireEnum<ApplicantKind>.AllowedList()}.");
            return null;
        }
        foreach (var name in documents.Keys.Where(n => !WireEnum<ApplicantKind>.TryParse(n, out _)))
            problems.Add($"requiredFields.{name}", $"Неизвестный вид заявителя. Допустимо: {WireEnum<ApplicantKind>.AllowedList()}.");
        var required = new Dictionary<ApplicantKind, IReadOnlySet<ApplicantField>>();
        foreach (var kind in Enum.GetValues<ApplicantKind>())
        {
            var field = "requiredFields." + WireEnum<ApplicantKind>.Name(kind);
            if (!documents.TryGetValue(WireEnum<ApplicantKind>.Name(kind), out var names) || names is null)
            {
                problems.Add(field, "Укажите обязательные поля для этого вида заявителя (может быть пустой список).");
                continue;
            }
            if (EnumSet<ApplicantField>(names, field, "реквизит заявителя", problems) is { } set) required[kind] = set;
        }
        return required;
    }

    private static (int Min, int Max) AccountDigits(OrganizationProfileDocument document, ValidationProblemBuilder problems)
    {
        var min = document.BillingAccountMinDigits ?? 0;
        var max = document.BillingAccountMaxDigits ?? 0;
        problems.AddIf(min is < 1 or > MaxAccountDigits, "billingAccountMinDigits", $"Число цифр лицевого счёта — от 1 до {MaxAccountDigits}.");
        problems.AddIf(max is < 1 or > MaxAccountDigits, "billingAccountMaxDigits", $"Число цифр лицевого счёта — от 1 до {MaxAccountDigits}.");
        problems.AddIf(min >= 1 && max >= 1 && min > max, "billingAccountMaxDigits", "Максимум не может быть меньше минимума.");
        return (min, max);
    }

    private static string? ConsentVersion(string? version, ValidationProblemBuilder problems)
    {
        var valid = version is { Length: >= 1 and <= 64 } && version.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        problems.AddIf(!valid, "consentTextVersion", "Версия текста согласия — до 64 латинских букв, цифр, «-», «_» или «.»; сайт присылает её с каждым обращением.");
        return version;
    }
}
