using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

public sealed class TableFilterTests
{
    [Fact]
    public void String_literals_double_single_quotes()
    {
        Assert.Equal("Name eq 'O''Brien'", TableFilter.Equal("Name", "O'Brien").ToString());
        Assert.Equal("Name eq 'x'' or true or ''a''=''a'", TableFilter.Equal("Name", "x' or true or 'a'='a").ToString());
        Assert.Equal("Name eq ''''", TableFilter.Equal("Name", "'").ToString());
    }

    [Fact]
    public void Each_type_has_its_literal_form()
    {
        Assert.Equal("N eq 5", TableFilter.Equal("N", 5).ToString());
        Assert.Equal("N eq 5L", TableFilter.Equal("N", 5L).ToString());
        Assert.Equal("N eq -9223372036854775808L", TableFilter.Equal("N", long.MinValue).ToString());
        Assert.Equal("D eq 2.0", TableFilter.Equal("D", 2.0).ToString());
        Assert.Equal("D eq 2.5", TableFilter.Equal("D", 2.5).ToString());
        Assert.Equal("D eq 1E+20", TableFilter.Equal("D", 1e20).ToString());
        Assert.Equal("B eq true", TableFilter.Equal("B", true).ToString());
        Assert.Equal("T ge datetime'2026-01-01T07:00:00.0000000Z'",
            TableFilter.GreaterThanOrEqual("T", new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.FromHours(3))).ToString());
        Assert.Equal("G eq guid'8f2a8e7c-1a44-4f53-9c0e-2b0c1c6c9d11'",
            TableFilter.Equal("G", Guid.Parse("8f2a8e7c-1a44-4f53-9c0e-2b0c1c6c9d11")).ToString());
        Assert.Equal("X eq X'00ff'", TableFilter.Equal("X", new byte[] { 0, 255 }).ToString());
    }

    [Fact]
    public void Operators_and_combinators_parenthesize()
    {
        var filter = TableFilter.PartitionKeyEquals("a") & (TableFilter.LessThan("N", 1) | TableFilter.GreaterThan("N", 9));
        Assert.Equal("(PartitionKey eq 'a') and ((N lt 1) or (N gt 9))", filter.ToString());
        Assert.Equal("not (N ne 1)", TableFilter.Not(TableFilter.NotEqual("N", 1)).ToString());
        Assert.Equal("((A le 1) and (B le 2)) and (C le 3)",
            TableFilter.And(TableFilter.LessThanOrEqual("A", 1), TableFilter.LessThanOrEqual("B", 2), TableFilter.LessThanOrEqual("C", 3)).ToString());
    }

    [Fact]
    public void Starts_with_is_a_half_open_range()
    {
        Assert.Equal("(RowKey ge 'ab') and (RowKey lt 'ac')", TableFilter.StartsWith("RowKey", "ab").ToString());
        Assert.Equal("RowKey ge ''", TableFilter.StartsWith("RowKey", "").ToString());
    }

    [Fact]
    public void Property_names_cannot_carry_syntax()
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("Name eq 'x' or RowKey", "y"));
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("", "y"));
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("D", double.NaN));
        Assert.Throws<ArgumentNullException>(() => TableFilter.Equal("Name", (string)null!));
        Assert.Throws<ArgumentException>(() => TableFilter.And());
    }
}
