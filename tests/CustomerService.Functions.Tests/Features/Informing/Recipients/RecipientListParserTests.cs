using System.Text;
using CustomerService.Functions.Features.Informing.Recipients;

namespace CustomerService.Functions.Tests.Features.Informing.Recipients;

public sealed class RecipientListParserTests
{
    private const string Sample =
        "Лицевой счёт;ФИО;Сумма долга;Телефон;E-mail;Адрес\r\n" +
        "0012345678;Иванова Мария Петровна;1 234,50;8 (913) 123-45-67;Ivanova@Example.ru;\"г. Дивногорск; ул. Заводская, д. 1\"\r\n" +
        "0012345679;Петров Пётр;99.9;+7 701 234 56 78;;\r\n";

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Sample) },
        { "utf-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
        { "windows-1251", CsvDecoder.Windows1251.GetBytes(Sample) },
        { "utf-16le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
        { "utf-16le", Encoding.Unicode.GetBytes(Sample) },
        { "utf-16be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_billing_exports_use_reads_the_same(string encoding, byte[] file)
    {
        var list = RecipientListParser.Parse(file);
        Assert.Null(list.FileError);
        Assert.Equal((encoding, ';', true, 2), (list.Encoding, list.Separator, list.HasHeader, list.Rows));
        Assert.Empty(list.Problems);
        var first = list.Recipients[0];
        Assert.Equal(("0012345678", "Иванова Мария Петровна", 1234.50m, "+79131234567", "ivanova@example.ru", "г. Дивногорск; ул. Заводская, д. 1", 2),
            (first.Account, first.Name, first.Amount, first.Phone, first.Email, first.Address, first.Lines[0]));
        Assert.Equal(("+77012345678", (string?)null, 99.9m), (list.Recipients[1].Phone, list.Recipients[1].Email, list.Recipients[1].Amount));
    }

    [Fact]
    public void Comma_separated_files_without_a_header_use_the_billing_order()
    {
        var list = RecipientListParser.Parse(Encoding.UTF8.GetBytes("A-1,\"Сидоров, Иван\",\"1,5\",89131112233,s@example.ru,\"ул. Мира, \"\"5\"\"\"\n"));
        Assert.Equal((',', false), (list.Separator, list.HasHeader));
        var recipient = Assert.Single(list.Recipients);
        Assert.Equal(("A-1", "Сидоров, Иван", 1.5m, "+79131112233", "ул. Мира, \"5\""), (recipient.Account, recipient.Name, recipient.Amount, recipient.Phone, recipient.Address));
    }

    [Theory]
    [InlineData("89131234567", "+79131234567")]
    [InlineData("8 (913) 123-45-67", "+79131234567")]
    [InlineData("+7 913 123 45 67", "+79131234567")]
    [InlineData("79131234567", "+79131234567")]
    [InlineData("9131234567", "+79131234567")]
    [InlineData("8 701 234-56-78", "+77012345678")]
    public void Phones_become_e164(string phone, string e164) =>
        Assert.Equal(e164, RecipientListParser.Parse(Encoding.UTF8.GetBytes($"Л/с;Телефон\n1;{phone}\n")).Recipients[0].Phone);

    [Fact]
    public void Bad_rows_are_reported_with_line_field_and_a_russian_message_and_good_rows_kept()
    {
        var csv = "Лицевой счёт;ФИО;Сумма;Телефон;E-mail;Канал;Согласие;Язык\n" +
                  "1;Ок;10;89131234567;;;;\n" +
                  ";Без счёта;10;89131234567;;;;\n" +
                  "3;Плохой телефон;10;12345;;;;\n" +
                  "4;Плохая почта и сумма;много;;a@b;;;\n" +
                  "5;Без контактов;10;;;;;\n" +
                  "6;Канал без телефона;;;x@example.ru;sms;;\n" +
                  "7/8;Плохой счёт;;89131234567;;факс;может быть;de\n";
        var list = RecipientListParser.Parse(Encoding.UTF8.GetBytes(csv));
        Assert.Equal(7, list.Rows);
        Assert.Equal(["1"], list.Recipients.Select(r => r.Account));
        Assert.Equal(6, list.RejectedRows);
        var problems = list.Problems.Select(p => (p.Line, p.Field)).ToList();
        Assert.Equal([(3, "account"), (4, "phone"), (5, "amount"), (5, "email"), (6, "contacts"), (7, "channel"),
            (8, "account"), (8, "channel"), (8, "consent"), (8, "language")], problems);
        Assert.Equal("Номер телефона «12345» не распознан: ожидается +7XXXXXXXXXX или 8XXXXXXXXXX.", list.Problems[1].Message);
        Assert.Equal("Нет ни телефона, ни e-mail: сообщить клиенту нечем.", list.Problems[4].Message);
    }

    [Fact]
    public void Rows_of_one_account_are_merged_into_the_first_and_recorded()
    {
        var csv = "Л/с;ФИО;Сумма;Телефон;E-mail\n100;Иванов;10;89131234567;\n200;Петров;;89131234568;\n100;Иванов И.;20;89990000000;i@example.ru\n";
        var list = RecipientListParser.Parse(Encoding.UTF8.GetBytes(csv));
        Assert.Equal(2, list.Recipients.Count);
        var merged = list.Recipients[0];
        Assert.Equal(("Иванов", 10m, "+79131234567", "i@example.ru"), (merged.Name, merged.Amount, merged.Phone, merged.Email));
        Assert.Equal([2, 4], merged.Lines);
        Assert.Equal(new RowMerge(4, 2, "100"), Assert.Single(list.Merges));
    }

    [Theory]
    [InlineData("", "Файл пуст")]
    [InlineData("Лицевой счёт;Телефон\n", "В файле только заголовок")]
    [InlineData("ФИО;Телефон\nИванов;89131234567\n", "В заголовке нет столбца с лицевым счётом")]
    public void A_file_that_cannot_be_used_is_refused_as_a_whole(string csv, string error) =>
        Assert.StartsWith(error, RecipientListParser.Parse(Encoding.UTF8.GetBytes(csv)).FileError);

    [Fact]
    public void Consent_opt_outs_and_preference_choose_the_channel_or_the_skip_reason()
    {
        var optOuts = new OptOutSet(new HashSet<string> { "+79130000001" }, new HashSet<string> { "b@example.ru" }, new HashSet<string> { "ACC-9" });
        Recipient Make(string account, string? phone, string? email, string? preferred = null, bool? consent = null) =>
            new(account, null, null, phone, email, null, preferred, consent, null, [1]);

        Assert.Equal("sms", RecipientEligibility.Apply(Make("1", "+79130000002", "a@example.ru"), optOuts).Channel);
        Assert.Equal("email", RecipientEligibility.Apply(Make("2", "+79130000002", "a@example.ru", "email"), optOuts).Channel);
        Assert.Equal("email", RecipientEligibility.Apply(Make("3", "+79130000001", "a@example.ru"), optOuts).Channel);
        Assert.Equal(RecipientEligibility.ChannelsOptedOut, RecipientEligibility.Apply(Make("4", "+79130000001", "b@example.ru"), optOuts).SkipReason);
        Assert.Equal(RecipientEligibility.NoConsent, RecipientEligibility.Apply(Make("5", "+79130000002", null, consent: false), optOuts).SkipReason);
        var skipped = RecipientEligibility.Apply(Make("ACC-9", "+79130000002", null), optOuts);
        Assert.Equal((null, RecipientEligibility.OptedOut), (skipped.Channel, skipped.SkipReason));
    }

    [Fact]
    public void Register_contacts_get_the_file_checks_and_merges_numbered_from_line_two()
    {
        var parsed = RecipientListParser.FromRegister(
        [
            new RegisterContact("0012345678", "Иванова Мария Петровна", "8 (913) 123-45-67", null, null, "sms", "ru"),
            new RegisterContact(null, "Аноним", null, "a@example.ru", null, "email", "ru"),
            new RegisterContact("0012345678", null, null, "Ivanova@Example.ru", "г. Дивногорск", "email", null),
        ], "appeals");

        Assert.Equal(("appeals", 3, 1), (parsed.Encoding, parsed.Rows, parsed.RejectedRows));
        Assert.Equal(3, Assert.Single(parsed.Problems).Line);
        var recipient = Assert.Single(parsed.Recipients);
        Assert.Equal(("+79131234567", "ivanova@example.ru", "sms", "г. Дивногорск"), (recipient.Phone, recipient.Email, recipient.PreferredChannel, recipient.Address));
        Assert.Equal(new RowMerge(4, 2, "0012345678"), Assert.Single(parsed.Merges));
        Assert.Equal("Отбор пуст: нет ни одной записи.", RecipientListParser.FromRegister([], "appeals").FileError);
    }
}
