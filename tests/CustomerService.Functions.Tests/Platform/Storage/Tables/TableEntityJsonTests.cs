using System.Text;
using System.Text.Json;
using Azure;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Tests.Platform.Storage.Tables;

public sealed class TableEntityJsonTests
{
    private static JsonElement Write(TableEntity entity) => JsonDocument.Parse(TableEntityJson.Serialize(entity)).RootElement;

    [Fact]
    public void Types_json_cannot_express_are_annotated()
    {
        var id = Guid.Parse("8f2a8e7c-1a44-4f53-9c0e-2b0c1c6c9d11");
        var json = Write(new TableEntity("p", "r")
        {
            ["S"] = "текст", ["B"] = true, ["I"] = 7, ["L"] = 9007199254740993L, ["D"] = 1.0,
            ["T"] = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.FromHours(3)), ["G"] = id, ["X"] = new byte[] { 1, 2, 3 },
        });

        Assert.Equal("p", json.GetProperty("PartitionKey").GetString());
        Assert.Equal("текст", json.GetProperty("S").GetString());
        Assert.False(json.TryGetProperty("S@odata.type", out _));
        Assert.Equal(JsonValueKind.True, json.GetProperty("B").ValueKind);
        Assert.Equal(7, json.GetProperty("I").GetInt32());
        Assert.False(json.TryGetProperty("I@odata.type", out _));
        Assert.Equal("Edm.Int64", json.GetProperty("L@odata.type").GetString());
        Assert.Equal("9007199254740993", json.GetProperty("L").GetString()); // as a string: JSON numbers lose 64-bit precision
        Assert.Equal("Edm.Double", json.GetProperty("D@odata.type").GetString());
        Assert.Equal("Edm.DateTime", json.GetProperty("T@odata.type").GetString());
        Assert.Equal("2026-05-01T09:00:00.0000000Z", json.GetProperty("T").GetString());
        Assert.Equal("Edm.Guid", json.GetProperty("G@odata.type").GetString());
        Assert.Equal(id.ToString(), json.GetProperty("G").GetString());
        Assert.Equal("Edm.Binary", json.GetProperty("X@odata.type").GetString());
        Assert.Equal("AQID", json.GetProperty("X").GetString());
    }

    [Fact]
    public void Special_doubles_are_written_as_annotated_strings()
    {
        var json = Write(new TableEntity("p", "r") { ["N"] = double.NaN, ["P"] = double.PositiveInfinity, ["M"] = double.NegativeInfinity });
        Assert.Equal("NaN", json.GetProperty("N").GetString());
        Assert.Equal("Infinity", json.GetProperty("P").GetString());
        Assert.Equal("-Infinity", json.GetProperty("M").GetString());
    }

    [Fact]
    public void Output_is_one_line_with_cyrillic_unescaped()
    {
        var bytes = TableEntityJson.Serialize(new TableEntity("п", "р") { ["Text"] = "строка\nвторая\u2028третья" });
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("строка", text);
        Assert.DoesNotContain('\n', text);
        Assert.DoesNotContain('\u2028', text);
        Assert.Equal("строка\nвторая\u2028третья", JsonDocument.Parse(bytes).RootElement.GetProperty("Text").GetString());
    }

    [Fact]
    public void Minimal_metadata_response_reads_into_typed_values()
    {
        const string response = """
            {"odata.etag":"W/\"datetime'2026-05-01T09%3A00%3A00.1234567Z'\"","PartitionKey":"лс","RowKey":"1",
             "Timestamp@odata.type":"Edm.DateTime","Timestamp":"2026-05-01T09:00:00.1234567Z",
             "Name":"Иван","Flag":false,"Small":12,"Whole":3.0,"Real":2.5,"Exp":1e3,
             "Large@odata.type":"Edm.Int64","Large":"-9223372036854775808",
             "WholeDouble@odata.type":"Edm.Double","WholeDouble":4,
             "Nan@odata.type":"Edm.Double","Nan":"NaN",
             "When@odata.type":"Edm.DateTime","When":"2020-02-29T23:59:59Z",
             "Id@odata.type":"Edm.Guid","Id":"8f2a8e7c-1a44-4f53-9c0e-2b0c1c6c9d11",
             "Data@odata.type":"Edm.Binary","Data":"AQID","Missing":null}
            """;

        var entity = TableEntityJson.Deserialize(JsonDocument.Parse(response).RootElement);

        Assert.Equal(new ETag("W/\"datetime'2026-05-01T09%3A00%3A00.1234567Z'\""), entity.ETag);
        Assert.Equal(("лс", "1"), (entity.PartitionKey, entity.RowKey));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero).AddTicks(1234567), entity.Timestamp);
        Assert.Equal("Иван", entity["Name"]);
        Assert.Equal(false, entity["Flag"]);
        Assert.Equal(12, entity["Small"]);
        Assert.Equal(3.0, Assert.IsType<double>(entity["Whole"]));
        Assert.Equal(2.5, entity["Real"]);
        Assert.Equal(1000.0, Assert.IsType<double>(entity["Exp"]));
        Assert.Equal(long.MinValue, entity["Large"]);
        Assert.Equal(4.0, Assert.IsType<double>(entity["WholeDouble"]));
        Assert.True(double.IsNaN((double)entity["Nan"]!));
        Assert.Equal(new DateTimeOffset(2020, 2, 29, 23, 59, 59, TimeSpan.Zero), entity["When"]);
        Assert.Equal(Guid.Parse("8f2a8e7c-1a44-4f53-9c0e-2b0c1c6c9d11"), entity["Id"]);
        Assert.Equal(new byte[] { 1, 2, 3 }, entity["Data"]);
        Assert.False(entity.ContainsKey("Missing"));
        Assert.Equal(12, entity.Count);
    }

    [Fact]
    public void Entity_accepts_only_table_types_and_normalizes_datetime()
    {
        var entity = new TableEntity("p", "r");
        Assert.Throws<ArgumentException>(() => entity["Price"] = 1.5m);
        Assert.Throws<ArgumentException>(() => entity["When"] = new DateTime(2026, 1, 1));
        Assert.Throws<ArgumentException>(() => entity["Timestamp"] = DateTimeOffset.UtcNow);

        entity["When"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), entity.GetDateTimeOffset("When"));
        entity["When"] = null;
        Assert.False(entity.ContainsKey("When"));
    }

    [Fact]
    public void Typed_getters_widen_numbers_and_refuse_other_types()
    {
        var entity = new TableEntity("p", "r") { ["I"] = 5, ["S"] = "5" };
        Assert.Equal(5L, entity.GetInt64("I"));
        Assert.Equal(5.0, entity.GetDouble("I"));
        Assert.Null(entity.GetInt32("Absent"));
        var error = Assert.Throws<InvalidOperationException>(() => entity.GetInt32("S"));
        Assert.Contains("'S'", error.Message);
    }
}
