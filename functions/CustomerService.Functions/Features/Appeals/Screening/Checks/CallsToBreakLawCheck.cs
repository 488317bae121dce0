using System.Text.RegularExpressions;
using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>Calls to break the law (003 website, L634): calls addressed to others, not a person's own complaint.</summary>
internal static class CallsToBreakLawCheck
{
    public static readonly PhrasePatterns Patterns = new(
        NonConsiderationGround.CallsToBreakLaw,
        (Confidence.Medium, "Призыв к нарушению закона.",
            new Regex(@"\b(?:призыва\w*(?: \w+){0,3} (?:не платить|неуплат\w*|бойкот\w*|перекры\w*|захват\w*|подж\w*|самосуд\w*|погром\w*)|(?:давайте|предлагаю|айда)(?: все)? (?:не платить|не платим|перекроем|перекрыть|захватим|устроим самосуд|сорвем)|(?:сорвите|срывайте|сорвем) пломб\w*|(?:скрутите|скручивайте|отмотайте) счетчик\w*|(?:подключайтесь|подключитесь) в обход|перекроем (?:дорогу|трассу|улицу)|устроим самосуд)",
                PhrasePatterns.Options)));
}
