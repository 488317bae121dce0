using CustomerService.Functions.Features.Informing.Content;
using CustomerService.Functions.Platform.Storage.Documents;

namespace CustomerService.Functions.Features.Informing.Notices;

/// <summary>
/// Transactional notices (issue #5 item 6): the other features render their messages to applicants
/// — acknowledgement, information request, extension notice — from the message scenarios, so the
/// texts staff edit are the texts applicants get. With the informing content registered (the app),
/// the scenario texts in force are an in-memory snapshot (<see cref="RefreshingSnapshot{T}"/>): the
/// intake path does no extra I/O; a staff edit applies on the instance that saved it at once (see
/// <see cref="AcceptAsync"/>) and elsewhere within the refresh interval. Without it, the shipped texts.
/// </summary>
public sealed class ApplicantNotices
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly ScenarioStore? _store;
    private readonly RefreshingSnapshot<NoticeBook>? _snapshot;

    public ApplicantNotices(ScenarioStore? store, TimeProvider time, ILogger<ApplicantNotices> logger)
    {
        _store = store;
        if (store is null) return;
        _snapshot = new(NoticeBook.Shipped, async (_, cancellationToken) => new NoticeBook(await store.AllTextsAsync(cancellationToken)),
            time, RefreshInterval, logger, "scenario texts for notices");
    }

    public NoticeText Render(string scenarioId, string language, string channel, IReadOnlyDictionary<string, object> values) =>
        (_snapshot?.Value ?? NoticeBook.Shipped).Render(scenarioId, language, channel, values);

    public Task WarmUpAsync() => _snapshot?.RefreshAsync() ?? Task.CompletedTask;

    /// <summary>Staff saved or reverted a text through this instance: a fresh load (not one begun before the save), so the next notice here uses it.</summary>
    public async Task AcceptAsync(CancellationToken cancellationToken)
    {
        if (_store is null || _snapshot is null) return;
        _snapshot.Set(new NoticeBook(await _store.AllTextsAsync(cancellationToken)));
    }
}
