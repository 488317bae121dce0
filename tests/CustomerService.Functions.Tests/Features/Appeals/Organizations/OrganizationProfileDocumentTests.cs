using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Organizations;
using CustomerService.Functions.Features.Appeals.Organizations.Editing;
using CustomerService.Functions.Platform.Http;
using CustomerService.Functions.Platform.Storage.Documents;
using CustomerService.Functions.Platform.Storage.Tables;
using CustomerService.Functions.Tests.Platform.Storage;
using CustomerService.Functions.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerService.Functions.Tests.Features.Appeals.Organizations;

public sealed class OrganizationProfileDocumentTests
{
    public static TheoryData<string> ShippedIds() => new(OrganizationProfiles.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public void Every_shipped_profile_maps_to_a_document_and_back_unchanged(string id)
    {
        var shipped = OrganizationProfiles.Find(id)!;
        var document = OrganizationProfileDocument.From(shipped);
        var problems = new ValidationProblemBuilder();

        var back = OrganizationProfileValidator.Validate(document, id, problems);

        Assert.False(problems.HasErrors, string.Join("; ", problems.Errors.Select(e => e.Key + ": " + string.Join(" ", e.Value))));
        Assert.NotNull(back);
        Assert.Equal(JsonSerializer.Serialize(document), JsonSerializer.Serialize(OrganizationProfileDocument.From(back)));
        Assert.Equal(shipped.AcceptedChannels.Order(), back.AcceptedChannels.Order());
        Assert.Equal(shipped.NumberFormat.GetType(), back.NumberFormat.GetType());
        Assert.All(Enum.GetValues<AppealKind>(), kind => Assert.Equal(shipped.Promises[kind], back.Promises[kind]));
        Assert.All(Enum.GetValues<ApplicantKind>(), kind => Assert.Equal(shipped.RequiredFields[kind].Order(), back.RequiredFields[kind].Order()));
    }

    [Fact]
    public void Missing_parts_are_reported_per_field()
    {
        var document = OrganizationProfileDocument.From(OrganizationProfiles.Find(OrganizationIds.MupesDivnogorsk)!) with
        {
            FullName = " ",
            ReplyLanguages = ["ru", "RU", "ru"],
            NumberFormat = "roman",
            Promises = new Dictionary<string, PromiseDocument> { ["complaint"] = new(14, "working", null), ["gossip"] = new(1, "working", null) },
            RequiredFields = null,
            ConsentTextVersion = "версия 1",
        };
        var problems = new ValidationProblemBuilder();

        Assert.Null(OrganizationProfileValidator.Validate(document, OrganizationIds.MupesDivnogorsk, problems));

        var fields = problems.Errors.Keys.ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "fullName", "replyLanguages[1]", "replyLanguages[2]", "numberFormat", "promises.gossip", "promises.informationRequest",
            "promises.review", "requiredFields", "consentTextVersion",
        }, fields);
        Assert.DoesNotContain("promises.complaint", fields);
        Assert.All(problems.Errors.Values.SelectMany(m => m), message => Assert.Matches("[А-Яа-яЁё]", message));
    }

    [Fact]
    public async Task Another_instance_sees_a_saved_profile_once_its_cache_and_snapshot_expire()
    {
        var table = StorageTestAccount.UniqueName("docs");
        var tables = new TableServiceClient(StorageTestAccount.Connection);
        var writerStore = new OrganizationProfileStore(new DocumentStore(tables, TimeProvider.System, new DocumentStoreOptions { TableName = table }), NullLogger<OrganizationProfileStore>.Instance);
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var readerStore = new OrganizationProfileStore(new DocumentStore(tables, time, new DocumentStoreOptions { TableName = table }), NullLogger<OrganizationProfileStore>.Instance);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [AppealsSettings.Organization] = OrganizationIds.KrcPetrozavodsk }).Build();
        var reader = new ActiveOrganizationProfile(configuration, readerStore, time, NullLogger<ActiveOrganizationProfile>.Instance);
        Assert.Equal("ООО «КРЦ Петрозаводск»", reader.Current.ShortName);

        var shipped = OrganizationProfiles.Find(OrganizationIds.KrcPetrozavodsk)!;
        await writerStore.SaveAsync(shipped with { ShortName = "КРЦ" }, OrganizationProfileStore.ShippedETag, "dev-administrator", CancellationToken.None);
        Assert.Equal("ООО «КРЦ Петрозаводск»", reader.Current.ShortName);

        time.AdvanceTo(time.GetUtcNow() + new DocumentStoreOptions().CacheDuration);
        await Eventually.UntilAsync(() => Task.FromResult(reader.Current.ShortName == "КРЦ"), "The other instance never picked up the saved profile.");
    }
}
