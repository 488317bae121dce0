using Azure;
using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Platform.Storage.Queues;

namespace CustomerService.Functions.Tests.Platform.Storage;

public sealed class QueueClientTests
{
    private static async Task<QueueClient> NewQueueAsync(QueueClientOptions? options = null)
    {
        var queue = new QueueServiceClient(StorageTestAccount.Connection, options).GetQueueClient(StorageTestAccount.UniqueName("q"));
        Assert.True(await queue.CreateIfNotExistsAsync());
        return queue;
    }

    [Fact]
    public async Task Create_is_idempotent()
    {
        var queue = await NewQueueAsync();
        Assert.False(await queue.CreateIfNotExistsAsync());
    }

    [Fact]
    public async Task Cyrillic_and_markup_text_round_trips()
    {
        var queue = await NewQueueAsync();
        const string text = "{\"обращение\":\"Жалоба на <счёт> & начисления\"}";

        await queue.SendMessageAsync(text);
        var received = Assert.Single(await queue.ReceiveMessagesAsync(maxMessages: 32));

        Assert.Equal(text, received.MessageText);
        Assert.Equal(1, received.DequeueCount);
    }

    [Fact]
    public async Task Plain_encoding_stores_text_as_is()
    {
        var queue = await NewQueueAsync(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await queue.SendMessageAsync("показания 12345");
        var peeked = Assert.Single(await queue.PeekMessagesAsync());
        Assert.Equal("показания 12345", peeked.RawText);
    }

    [Fact]
    public async Task Message_text_that_is_not_base64_is_reported_as_a_format_error()
    {
        var plain = await NewQueueAsync(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        await plain.SendMessageAsync("not base64 ***");
        var asBase64 = new QueueServiceClient(StorageTestAccount.Connection).GetQueueClient(plain.Name);
        var message = Assert.Single(await asBase64.ReceiveMessagesAsync());
        Assert.Throws<FormatException>(() => message.MessageText);
    }

    [Fact]
    public async Task Delayed_message_is_invisible_then_visible()
    {
        var queue = await NewQueueAsync();
        var receipt = await queue.SendMessageAsync("timer", visibilityDelay: TimeSpan.FromSeconds(2));

        Assert.Empty(await queue.ReceiveMessagesAsync());
        Assert.Equal(1, await queue.GetApproximateMessageCountAsync());
        var message = await PollAsync(queue, TimeSpan.FromSeconds(15));

        Assert.Equal(receipt.MessageId, message.MessageId);
        Assert.True(receipt.NextVisibleTime > receipt.InsertionTime);
    }

    [Fact]
    public async Task Received_message_is_hidden_until_deleted_or_made_visible()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("a");
        var first = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromMinutes(5)));
        Assert.Empty(await queue.ReceiveMessagesAsync());

        var update = await queue.UpdateMessageAsync(first.MessageId, first.PopReceipt, TimeSpan.Zero);
        var again = Assert.Single(await queue.ReceiveMessagesAsync());
        Assert.Equal(2, again.DequeueCount);
        Assert.NotEqual(first.PopReceipt, update.PopReceipt);

        await queue.DeleteMessageAsync(again.MessageId, again.PopReceipt);
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Update_can_replace_the_text()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("v1");
        var message = Assert.Single(await queue.ReceiveMessagesAsync());
        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, TimeSpan.Zero, "версия 2");
        Assert.Equal("версия 2", Assert.Single(await queue.ReceiveMessagesAsync()).MessageText);
    }

    [Fact]
    public async Task Peek_does_not_take_the_message()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("x");
        Assert.Single(await queue.PeekMessagesAsync(5));
        Assert.Single(await queue.ReceiveMessagesAsync());
    }

    [Fact]
    public async Task Stale_pop_receipt_is_a_typed_error()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("x");
        var message = Assert.Single(await queue.ReceiveMessagesAsync());
        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, TimeSpan.FromMinutes(1));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt));
        Assert.Equal(400, error.Status);
        Assert.Equal("PopReceiptMismatch", error.ErrorCode);
    }

    [Fact]
    public async Task Wrong_account_key_is_rejected_by_the_service()
    {
        var good = StorageTestAccount.Connection;
        var forged = good with { SharedKey = new StorageSharedKeyCredential(good.AccountName, Convert.ToBase64String(new byte[64])) };
        var queue = new QueueServiceClient(forged).GetQueueClient(StorageTestAccount.UniqueName("q"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => queue.CreateIfNotExistsAsync());
        Assert.Equal(403, error.Status);
        Assert.Equal("AuthenticationFailed", error.ErrorCode);
    }

    [Fact]
    public async Task Visibility_beyond_seven_days_is_refused_before_sending()
    {
        var queue = await NewQueueAsync();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.SendMessageAsync("x", visibilityDelay: TimeSpan.FromDays(8)));
    }

    private static async Task<QueueMessage> PollAsync(QueueClient queue, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var messages = await queue.ReceiveMessagesAsync();
            if (messages.Count > 0) return messages[0];
            await Task.Delay(200);
        }
        throw new TimeoutException("The message never became visible.");
    }
}
