using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

public sealed class TableEntityLimitsTests
{
    [Theory]
    [InlineData("a/b", "'/'")]
    [InlineData("a\\b", "'\\'")]
    [InlineData("a#b", "'#'")]
    [InlineData("a?b", "'?'")]
    [InlineData("a\tb", "U+0009")]
    [InlineData("a\u0085b", "U+0085")]
    public void Forbidden_key_characters_are_named(string key, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(new TableEntity("p", key)));
        Assert.Contains("RowKey", error.Message);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Keys_up_to_one_kibibyte_pass_and_longer_fail()
    {
        TableEntityLimits.Validate(new TableEntity(new string('ж', 512), "")); // empty keys are allowed
        var error = Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(new TableEntity(new string('ж', 513), "r")));
        Assert.Contains("513", error.Message);
    }

    [Fact]
    public void Property_count_string_and_binary_sizes_are_limited()
    {
        var full = new TableEntity("p", "r");
        for (var i = 0; i < 252; i++) full[$"P{i}"] = i;
        TableEntityLimits.Validate(full);
        full["P252"] = 1;
        Assert.Contains("253", Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(full)).Message);

        TableEntityLimits.Validate(new TableEntity("p", "r") { ["S"] = new string('я', 32 * 1024), ["B"] = new byte[64 * 1024] });
        Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(new TableEntity("p", "r") { ["S"] = new string('я', 32 * 1024 + 1) }));
        Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(new TableEntity("p", "r") { ["B"] = new byte[64 * 1024 + 1] }));
    }

    [Fact]
    public void Entity_over_one_mebibyte_is_refused()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 17; i++) entity[$"Chunk{i}"] = new string('x', 32 * 1024); // 17 × 64 KiB > 1 MiB
        var error = Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(entity));
        Assert.Contains("1 MiB", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("has-dash")]
    [InlineData("odata.etag")]
    [InlineData("Name@odata.type")]
    public void Property_names_must_be_identifiers(string name) =>
        Assert.Throws<ArgumentException>(() => TableEntityLimits.ValidatePropertyName(name));

    [Fact]
    public void Dates_before_1601_are_refused() =>
        Assert.Throws<ArgumentException>(() => TableEntityLimits.Validate(new TableEntity("p", "r") { ["When"] = new DateTimeOffset(1600, 12, 31, 0, 0, 0, TimeSpan.Zero) }));
}
