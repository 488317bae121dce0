using System.Text.RegularExpressions;

namespace CustomerService.Functions.Features.Appeals.Workflow.Faq;

/// <summary>
/// Removes personal data from a question or answer before it is published (SEED_REQUIREMENTS §9.3):
/// e-mails, phone numbers, account and other long numbers, addresses (postcode, city, street,
/// house, flat) and names — the applicant's own names and any «Фамилия Имя Отчество» or
/// «Имя Отчество» pair. Pure. It errs on the side of removing: staff see the result before it goes out.
/// </summary>
public static partial class FaqAnonymiser
{
    public const string NameMark = "[имя]";
    public const string PhoneMark = "[телефон]";
    public const string EmailMark = "[e-mail]";
    public const string NumberMark = "[номер]";
    public const string AddressMark = "[адрес]";

    public static string Anonymise(string text, IEnumerable<string?> knownNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = Email().Replace(text, EmailMark);
        result = Address().Replace(result, AddressMark);
        result = Phone().Replace(result, PhoneMark);
        result = LongNumber().Replace(result, NumberMark);
        result = FullName().Replace(result, NameMark);
        foreach (var name in knownNames.OfType<string>().Where(n => n.Trim().Length >= 2).OrderByDescending(n => n.Length))
            result = Regex.Replace(result, $@"(?<!\p{{L}}){Regex.Escape(Stem(name.Trim()))}\p{{L}}{{0,3}}(?!\p{{L}})", NameMark, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return Collapse().Replace(result, NameMark);
    }

    // Russian names decline («Мария» → «Марии», «Петровна» → «Петровне»): match the stem without its final vowel.
    private static string Stem(string name) => name.Length > 3 && "аеёиоуыэюяйь".Contains(char.ToLowerInvariant(name[^1])) ? name[..^1] : name;

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // +7 913 123-45-67, 8 (913) 1234567, 8-800-100-00-00: a leading 7/8 or +, then 10 digits with separators.
    [GeneratedRegex(@"(?<!\d)(\+\s?\d{1,3}|8)?[\s(-]*\d{3}[\s)-]*\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // Account, contract and meter numbers: five or more digits in a row (a year such as 2026 stays).
    [GeneratedRegex(@"(?<!\d)\d{5,}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();

    // A postcode, a city, a street marker, and the house/building/flat parts that follow.
    [GeneratedRegex(@"(\d{6},?\s*)?((г\.|город|пос\.|посёлок|с\.|село)\s*[А-ЯЁ][\w-]*,?\s*)?(ул\.|улица|пр\.|пр-т|проспект|пер\.|переулок|б-р|бульвар|шоссе|наб\.|набережная|мкр\.?|микрорайон|пл\.|площадь)\s*[\w.-]+(\s[А-ЯЁ][\w-]*)?(,?\s*(д\.|дом|корп\.|корпус|стр\.|строение|кв\.|квартира|оф\.|офис)\s*\d+[\w/-]*)*|(\d{6},?\s*)?(г\.|город)\s*[А-ЯЁ][\w-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    // «Иванова Мария Петровна», «Мария Петровна», «Иванов И. И.»: a patronymic or initials mark a person.
    [GeneratedRegex(@"([А-ЯЁ][а-яё]+\s+)?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(вич|вна|ична|ьич|кызы|улы|оглы)\b|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.", RegexOptions.CultureInvariant)]
    private static partial Regex FullName();

    [GeneratedRegex(@"\[имя\](\s*\[имя\])+", RegexOptions.CultureInvariant)]
    private static partial Regex Collapse();
}
