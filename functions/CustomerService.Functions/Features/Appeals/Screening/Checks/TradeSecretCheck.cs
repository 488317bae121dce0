using System.Text.RegularExpressions;
using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>Requests whose answer would disclose a commercial or other legally protected secret, including third parties' personal data.</summary>
internal static class TradeSecretCheck
{
    private const string Neighbour = @"(?:моего |моей |моих )?(?:соседа|соседки|соседей|других абонентов|других жильцов|других потребителей|собственника|квартиры)";

    public static readonly PhrasePatterns Patterns = new(
        NonConsiderationGround.TradeSecret,
        (Confidence.Medium, "Ответ может потребовать сведений, составляющих коммерческую или иную охраняемую законом тайну.",
            new Regex($@"\b(?:(?:коммерческ|банковск|служебн|налогов)\w* тайн\w*|конфиденциальн\w* (?:информаци|сведени|данн)\w*|(?:персональные данные|данные|фио|телефон\w*|адрес\w*|паспортн\w* данн\w*|задолженност\w*|долг\w*|показани\w*) {Neighbour})",
                PhrasePatterns.Options)),
        (Confidence.Low, "Запрос внутренних сведений компании: проверьте, не составляют ли они коммерческую тайну.",
            new Regex(@"\b(?:себестоимост\w*|(?:договор|контракт)\w* с (?:подрядчик|поставщик)\w*|зарплат\w* (?:сотрудник|директор|руководств)\w*)",
                PhrasePatterns.Options)));
}
