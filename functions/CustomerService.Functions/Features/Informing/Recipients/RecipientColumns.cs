namespace CustomerService.Functions.Features.Informing.Recipients;

/// <summary>The columns a recipient list may have; names are the report's field names.</summary>
public enum RecipientColumn
{
    Account,
    Name,
    Amount,
    Phone,
    Email,
    Address,
    Channel,
    Consent,
    Language,
}

/// <summary>
/// Which column holds what. The first record is a header when at least two of its cells are known
/// column names (Russian or English, any case, punctuation ignored: «Лицевой счёт», «ФИО», «Сумма
/// долга», «Телефон», «E-mail», «Адрес»…); then columns go by name and unknown ones are ignored.
/// Without a header the billing export's fixed order applies: account, name, amount, phone, e-mail, address.
/// </summary>
public sealed record RecipientColumns(IReadOnlyDictionary<RecipientColumn, int> Positions, bool HasHeader)
{
    public static readonly RecipientColumn[] DefaultOrder =
        [RecipientColumn.Account, RecipientColumn.Name, RecipientColumn.Amount, RecipientColumn.Phone, RecipientColumn.Email, RecipientColumn.Address];

    private static readonly Dictionary<string, RecipientColumn> Names = new(StringComparer.Ordinal)
    {
        ["account"] = RecipientColumn.Account, ["лицевойсчет"] = RecipientColumn.Account, ["лицевойсчёт"] = RecipientColumn.Account, ["лс"] = RecipientColumn.Account,
        ["номерлс"] = RecipientColumn.Account, ["номерлицевогосчета"] = RecipientColumn.Account, ["номерлицевогосчёта"] = RecipientColumn.Account,
        ["договор"] = RecipientColumn.Account, ["номердоговора"] = RecipientColumn.Account, ["contract"] = RecipientColumn.Account,
        ["name"] = RecipientColumn.Name, ["fullname"] = RecipientColumn.Name, ["фио"] = RecipientColumn.Name, ["абонент"] = RecipientColumn.Name,
        ["потребитель"] = RecipientColumn.Name, ["наименование"] = RecipientColumn.Name,
        ["amount"] = RecipientColumn.Amount, ["debt"] = RecipientColumn.Amount, ["сумма"] = RecipientColumn.Amount, ["долг"] = RecipientColumn.Amount,
        ["задолженность"] = RecipientColumn.Amount, ["суммадолга"] = RecipientColumn.Amount, ["суммазадолженности"] = RecipientColumn.Amount, ["коплате"] = RecipientColumn.Amount,
        ["phone"] = RecipientColumn.Phone, ["телефон"] = RecipientColumn.Phone, ["тел"] = RecipientColumn.Phone, ["мобильный"] = RecipientColumn.Phone, ["mobile"] = RecipientColumn.Phone,
        ["email"] = RecipientColumn.Email, ["mail"] = RecipientColumn.Email, ["почта"] = RecipientColumn.Email, ["электроннаяпочта"] = RecipientColumn.Email, ["элпочта"] = RecipientColumn.Email,
        ["address"] = RecipientColumn.Address, ["адрес"] = RecipientColumn.Address, ["адресобъекта"] = RecipientColumn.Address,
        ["channel"] = RecipientColumn.Channel, ["канал"] = RecipientColumn.Channel, ["способоповещения"] = RecipientColumn.Channel,
        ["consent"] = RecipientColumn.Consent, ["согласие"] = RecipientColumn.Consent,
        ["language"] = RecipientColumn.Language, ["язык"] = RecipientColumn.Language,
    };

    public int? this[RecipientColumn column] => Positions.TryGetValue(column, out var position) ? position : null;

    public static RecipientColumns Detect(IReadOnlyList<string> first)
    {
        var named = new Dictionary<RecipientColumn, int>();
        for (var i = 0; i < first.Count; i++)
        {
            if (Names.TryGetValue(Key(first[i]), out var column)) named.TryAdd(column, i);
        }
        if (named.Count >= 2) return new(named, HasHeader: true);
        return new(DefaultOrder.Select((column, i) => (column, i)).ToDictionary(p => p.column, p => p.i), HasHeader: false);
    }

    /// <summary>Lower case, letters and digits only: «Лицевой счёт №» → «лицевойсчёт», «E-mail» → «email».</summary>
    private static string Key(string header) => new(header.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
