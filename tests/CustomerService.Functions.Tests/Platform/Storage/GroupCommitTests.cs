using CustomerService.Functions.Platform.Storage;
using CustomerService.Functions.Tests.Support;

namespace CustomerService.Functions.Tests.Platform.Storage;

/// <summary>Group commit: callers arriving during a commit share the next one; nobody is left waiting.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Callers_arriving_during_a_commit_share_the_next_one()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var batches = new List<int>();
        var commit = new GroupCommit<int, int>(async batch =>
        {
            lock (batches) batches.Add(batch.Count);
            await release.Task;
            foreach (var waiting in batch) waiting.Result.TrySetResult(waiting.Item * 10);
        });

        var first = commit.SubmitAsync(1, CancellationToken.None);
        await Eventually.UntilAsync(() => { lock (batches) return Task.FromResult(batches.Count == 1); }, "the first commit never started");
        var later = Enumerable.Range(2, 5).Select(i => commit.SubmitAsync(i, CancellationToken.None)).ToList();
        release.SetResult();

        Assert.Equal(10, await first);
        var results = await Task.WhenAll(later);
        Assert.Equal([20, 30, 40, 50, 60], results);
        Assert.Equal([1, 5], batches);
    }

    [Fact]
    public async Task A_failed_commit_fails_its_callers_and_an_unanswered_caller_is_told_so()
    {
        var failing = new GroupCommit<int, int>(_ => throw new TimeoutException("storage down"));
        await Assert.ThrowsAsync<TimeoutException>(() => failing.SubmitAsync(1, CancellationToken.None));

        var forgetful = new GroupCommit<int, int>(_ => Task.CompletedTask);
        await Assert.ThrowsAsync<InvalidOperationException>(() => forgetful.SubmitAsync(1, CancellationToken.None));

        // The drain goes on after a failure: the next caller is served.
        var calls = 0;
        var flaky = new GroupCommit<int, int>(batch =>
        {
            if (Interlocked.Increment(ref calls) == 1) throw new TimeoutException();
            foreach (var waiting in batch) waiting.Result.TrySetResult(waiting.Item);
            return Task.CompletedTask;
        });
        await Assert.ThrowsAsync<TimeoutException>(() => flaky.SubmitAsync(1, CancellationToken.None));
        Assert.Equal(2, await flaky.SubmitAsync(2, CancellationToken.None));
    }
}
