using System.Net.Http.Json;
using System.Text;
using CustomerService.Functions.Tests.Platform.Security;
using static CustomerService.Functions.Tests.Platform.Security.SecurityTestHost;

namespace CustomerService.Functions.Tests.Platform.Http;

public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task Unknown_route_and_wrong_method_are_problems()
    {
        await using var app = await SecurityTestHost.StartAsync();

        await ReadProblemAsync(await app.Client.GetAsync("/api/no-such-thing"), 404);
        await ReadProblemAsync(await app.Client.DeleteAsync("/api/health"), 405);
    }

    [Fact]
    public async Task Unhandled_exception_is_a_500_problem_revealing_nothing()
    {
        await using var app = await SecurityTestHost.StartAsync();

        var response = await app.Client.GetAsync("/api/test/throw");

        var text = await response.Content.ReadAsStringAsync();
        await ReadProblemAsync(response, 500);
        foreach (var secret in new[] { "FormatException", "555-12-34", "ivanova", "SecurityTestHost", " at " })
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"phone\": \"+7 916\", \"count\": ")]
    [InlineData("{\"phone\": \"+7 916\", \"count\": \"много\"}")]
    [InlineData("")]
    public async Task Unreadable_json_body_is_a_400_problem(string body)
    {
        await using var app = await SecurityTestHost.StartAsync();

        var response = await app.Client.PostAsync("/api/test/echo", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ReadProblemAsync(response, 400);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Validation_problems_list_russian_messages_per_field()
    {
        await using var app = await SecurityTestHost.StartAsync();

        var problem = await ReadProblemAsync(await app.Client.PostAsJsonAsync("/api/test/validate", new { phone = "", count = 0 }), 400);

        var errors = problem.GetProperty("errors");
        Assert.Equal("Укажите номер телефона.", errors.GetProperty("phone").EnumerateArray().Single().GetString());
        Assert.Equal("Количество должно быть положительным.", errors.GetProperty("count").EnumerateArray().Single().GetString());
        Assert.Equal("Запрос содержит ошибки.", problem.GetProperty("title").GetString());
    }
}
