using System.Text.Json;
using CustomerService.Functions.Platform.Hosting.Catalogue;
using CustomerService.Functions.Platform.Hosting.Hosted;

namespace CustomerService.Functions.Tests.Platform.Hosting;

public sealed class HostedPayloadReaderTests
{
    private static readonly QueueFunctionDefinition Queue = new("Readings", "readings", "AzureWebJobsStorage", typeof(object));
    private static readonly TimerFunctionDefinition Timer = new("Sweep", "0 */5 * * * *", false, typeof(object));
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Captured_queue_payload_is_unquoted_and_counts_parsed_from_strings()
    {
        var invocation = HostedPayloadReader.ReadQueue(Queue, PayloadFixture.Json("queue-captured-double-encoded.json"), "inv-1");

        Assert.Equal("hello!!", invocation.MessageText);
        Assert.Equal("52d53c5f-2c4b-4f2e-9d0a-3b8f5a6d7e10", invocation.MessageId);
        Assert.Equal("MThGZWIyMDI1MDY6MzE6MTg5YjY=", invocation.PopReceipt);
        Assert.Equal(1, invocation.DequeueCount);
        Assert.Equal(new DateTimeOffset(2025, 2, 14, 6, 31, 17, TimeSpan.Zero), invocation.InsertionTime);
        Assert.Equal(new DateTimeOffset(2025, 2, 21, 6, 31, 17, TimeSpan.Zero), invocation.ExpirationTime);
        Assert.Equal(new DateTimeOffset(2025, 2, 14, 6, 41, 18, TimeSpan.Zero), invocation.NextVisibleTime);
        Assert.Equal("inv-1", invocation.InvocationId);
        Assert.Equal("Readings", invocation.FunctionName);
        Assert.Null(invocation.Retry);
    }

    [Fact]
    public void Json_message_arrives_as_its_json_text()
    {
        var invocation = HostedPayloadReader.ReadQueue(Queue, PayloadFixture.Json("queue-azfunc-json-message.json"), null);

        Assert.Equal("{\"message\":\"hello\",\"number\":2}", invocation.MessageText);
        Assert.Equal("4e773554-f6b7-4ea2-b07d-4c5fd5aba741", invocation.MessageId);
        Assert.Equal("STRING", invocation.PopReceipt);
        Assert.Equal(new DateTimeOffset(2023, 10, 12, 20, 13, 49, TimeSpan.Zero).AddTicks(6400020), invocation.InsertionTime);
        // No invocation id header: the host's per-invocation RandGuid stands in.
        Assert.Equal("4e773554-f6b7-4ea2-b07d-4c5fd5aba741", invocation.InvocationId);
    }

    [Fact]
    public void Documented_plain_shape_with_another_binding_name_is_read()
    {
        var invocation = HostedPayloadReader.ReadQueue(Queue, PayloadFixture.Json("queue-docs-plain.json"), "inv");

        Assert.Equal("{ message: \"hello\" }", invocation.MessageText);
        Assert.Equal("800ae4b3-bdd2-4c08-badd-f08e5a34b865", invocation.MessageId);
        Assert.Equal("AgAAAAMAAAAAAAAAAgtnj8x+1QE=", invocation.PopReceipt);
        Assert.Equal(1, invocation.DequeueCount);
        Assert.Equal(new DateTimeOffset(2019, 10, 16, 17, 58, 31, TimeSpan.Zero), invocation.ExpirationTime);
    }

    [Fact]
    public void Base64_bytes_are_decoded_to_the_utf8_text()
    {
        var invocation = HostedPayloadReader.ReadQueue(Queue, PayloadFixture.Json("queue-base64-bytes.json"), "inv");

        Assert.Equal("Показания: 12345 кВт·ч", invocation.MessageText);
        Assert.Equal(3, invocation.DequeueCount);
        Assert.Equal("0b6f3c1e-9a44-4d1b-8f0e-5c2d7a9b1e33", invocation.MessageId);
    }

    [Fact]
    public void Retry_context_is_passed_to_the_handler()
    {
        var invocation = HostedPayloadReader.ReadQueue(Queue, PayloadFixture.Json("queue-retry-context.json"), "inv");

        Assert.Equal("{\"appeal\":\"A-2025-000123\"}", invocation.MessageText);
        Assert.Equal(2, invocation.DequeueCount);
        Assert.Equal(new CustomerService.Functions.Platform.Hosting.Invocation.RetryContext(1, 3, "Result: Failure"), invocation.Retry);
    }

    [Fact]
    public void Object_data_and_string_encoded_metadata_are_read()
    {
        var invocation = HostedPayloadReader.ReadQueue(Queue, PayloadFixture.Json("queue-object-data.json"), "inv");

        using var message = JsonDocument.Parse(invocation.MessageText);
        Assert.Equal(12345, message.RootElement.GetProperty("reading").GetInt32());
        Assert.Equal(4, invocation.DequeueCount);
        Assert.Equal("plain-id", invocation.MessageId);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero), invocation.InsertionTime);
        Assert.Equal(new CustomerService.Functions.Platform.Hosting.Invocation.RetryContext(2, 5, "boom"), invocation.Retry);
    }

    [Theory]
    [InlineData("\"\\\"test\\\"\"", "test")] // double-encoded word that is also valid base64 stays the word
    [InlineData("\"test\"", "test")] // valid base64 but not UTF-8 once decoded: plain text
    [InlineData("\"dGVzdA==\"", "test")] // base64 of "test"
    [InlineData("\"42\"", "42")]
    [InlineData("42", "42")]
    [InlineData("\"[1,2]\"", "[1,2]")]
    [InlineData("\"\\\"\\\"\"", "")] // an empty message, encoded
    public void Message_text_decoding(string dataValue, string expected)
    {
        var body = JsonDocument.Parse($"{{\"Data\":{{\"queue\":{dataValue}}},\"Metadata\":{{}}}}").RootElement;

        Assert.Equal(expected, HostedPayloadReader.ReadQueue(Queue, body, "inv").MessageText);
    }

    [Fact]
    public void Missing_metadata_defaults_to_a_first_attempt()
    {
        var body = JsonDocument.Parse("{\"Data\":{\"queue\":\"\\\"x\\\"\"}}").RootElement;

        var invocation = HostedPayloadReader.ReadQueue(Queue, body, null);

        Assert.Equal(1, invocation.DequeueCount);
        Assert.Null(invocation.MessageId);
        Assert.False(string.IsNullOrEmpty(invocation.InvocationId));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"Metadata\":{}}")]
    [InlineData("{\"Data\":{\"a\":\"1\",\"b\":\"2\"}}")]
    [InlineData("{\"Data\":{\"queue\":\"\\\"x\\\"\"},\"Metadata\":{\"DequeueCount\":\"many\"}}")]
    public void Unreadable_queue_payloads_are_rejected(string json)
    {
        var body = JsonDocument.Parse(json).RootElement;

        Assert.Throws<FormatException>(() => HostedPayloadReader.ReadQueue(Queue, body, "inv"));
    }

    [Fact]
    public void Timer_with_schedule_status()
    {
        var invocation = HostedPayloadReader.ReadTimer(Timer, PayloadFixture.Json("timer-azfunc-status.json"), "inv", Now);

        var t = new DateTimeOffset(2023, 10, 12, 20, 13, 49, TimeSpan.Zero).AddTicks(6400020);
        Assert.False(invocation.IsPastDue);
        Assert.Equal(t, invocation.ScheduleStatus!.Last);
        Assert.Equal(t.AddMinutes(5), invocation.ScheduleStatus.Next);
        Assert.Equal(t, invocation.ScheduleStatus.LastUpdated);
        Assert.Equal(t, invocation.ScheduledTime);
        Assert.Equal("Sweep", invocation.FunctionName);
    }

    [Fact]
    public void Captured_timer_with_null_schedule_status()
    {
        var invocation = HostedPayloadReader.ReadTimer(Timer, PayloadFixture.Json("timer-captured-null-status.json"), "inv", Now);

        Assert.Null(invocation.ScheduleStatus);
        Assert.False(invocation.IsPastDue);
        Assert.Equal(new DateTimeOffset(2023, 9, 27, 12, 30, 0, TimeSpan.Zero).AddTicks(13541), invocation.ScheduledTime);
    }

    [Fact]
    public void Timer_encoded_as_a_string_with_text_flags()
    {
        var invocation = HostedPayloadReader.ReadTimer(Timer, PayloadFixture.Json("timer-encoded-string.json"), "inv", Now);

        Assert.True(invocation.IsPastDue);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), invocation.ScheduleStatus!.Next);
        Assert.Equal(new DateTimeOffset(2025, 1, 31, 23, 55, 0, TimeSpan.Zero), invocation.ScheduleStatus.Last);
    }

    [Fact]
    public void Timer_without_sys_uses_the_current_time()
    {
        var body = JsonDocument.Parse("{\"Data\":{\"timer\":{\"IsPastDue\":false}},\"Metadata\":{}}").RootElement;

        Assert.Equal(Now, HostedPayloadReader.ReadTimer(Timer, body, "inv", Now).ScheduledTime);
    }
}
