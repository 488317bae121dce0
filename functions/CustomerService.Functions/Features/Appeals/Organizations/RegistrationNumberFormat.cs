using System.Globalization;
using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Organizations;

/// <summary>
/// How a registration number is rendered from the yearly sequence. The sequence is one counter per
/// organization and year (reset on 1 January in the organization's time zone); the rendering never
/// contains <c>/</c>, <c>?</c> or <c>#</c> so a number fits a URL path segment.
/// </summary>
public abstract record RegistrationNumberFormat
{
    public abstract string Render(long sequence, int year, ApplicantKind applicantKind);

    /// <summary>
    /// 001's journal (L874–880): running number + letter code: <c>125-ФЛ</c>, <c>126-ГЛ</c>, <c>127-ЮЛ</c>.
    /// The text leaves order and separator open (§3.2); we put the number first, as the sentence
    /// reads («порядковый номер и буквенное обозначение»), with a hyphen. ИП and utility-service
    /// providers have no code of their own: they get ЮЛ (they write as organizations).
    /// </summary>
    public sealed record SequenceWithApplicantCode : RegistrationNumberFormat
    {
        public override string Render(long sequence, int year, ApplicantKind applicantKind) =>
            sequence.ToString(CultureInfo.InvariantCulture) + "-" + Code(applicantKind);

        public static string Code(ApplicantKind kind) => kind switch
        {
            ApplicantKind.Individual => "ФЛ",
            ApplicantKind.Group => "ГЛ",
            _ => "ЮЛ",
        };
    }

    /// <summary>
    /// The seeds give no format (004 L181: «входящий номер и дата» only): year + zero-padded
    /// sequence, <c>2026-000125</c>, readable on the phone and sortable.
    /// </summary>
    public sealed record YearAndSequence : RegistrationNumberFormat
    {
        public override string Render(long sequence, int year, ApplicantKind applicantKind) =>
            year.ToString(CultureInfo.InvariantCulture) + "-" + sequence.ToString("D6", CultureInfo.InvariantCulture);
    }
}
