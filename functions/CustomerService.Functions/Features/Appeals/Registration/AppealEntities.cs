using System.Globalization;
using System.Text.Json;
using CustomerService.Functions.Features.Appeals.Intake;
using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Platform.Storage.Tables;

namespace CustomerService.Functions.Features.Appeals.Registration;

/// <summary>The rows one registration writes in the appeal's partition (docs/appeals.md).</summary>
public static class AppealEntities
{
    public sealed record Registration(
        string AppealId, string Organization, ValidatedAppeal Appeal, long Sequence, int Year, string Number,
        DateTimeOffset RegisteredAt, DateOnly PromisedBy, string PromiseBasis, string Caller, string RequestHash, string ResponseJson)
    {
        /// <summary>The appeal's stored files, listed on its row (blob <c>{appealId}/{id}</c>).</summary>
        public IReadOnlyList<AttachmentListing> Attachments { get; init; } = [];
    }

    public static TableEntity Appeal(Registration r)
    {
        var a = r.Appeal.Applicant;
        var entity = new TableEntity(r.AppealId, AppealTables.AppealRowKey(r.AppealId))
        {
            ["Organization"] = r.Organization,
            ["RegistrationNumber"] = r.Number,
            ["Year"] = r.Year,
            ["Sequence"] = r.Sequence,
            ["Kind"] = WireEnum<AppealKind>.Name(r.Appeal.Kind),
            ["Channel"] = WireEnum<Channel>.Name(r.Appeal.Channel),
            ["Status"] = WireEnum<AppealStatus>.Name(AppealStatus.Registered),
            ["RegisteredAt"] = r.RegisteredAt,
            ["PromisedBy"] = r.PromisedBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["PromiseBasis"] = r.PromiseBasis,
            ["ApplicantKind"] = WireEnum<ApplicantKind>.Name(a.Kind),
            ["ReplyChannel"] = WireEnum<ReplyChannel>.Name(r.Appeal.ReplyChannel),
            ["Language"] = r.Appeal.Language,
            ["ConsentAccepted"] = true,
            ["ConsentTextVersion"] = r.Appeal.ConsentTextVersion,
            ["ConsentAt"] = r.RegisteredAt,
            ["Caller"] = r.Caller,
            ["RequestHash"] = r.RequestHash,
            ["Response"] = r.ResponseJson,
            ["QuestionCount"] = r.Appeal.Questions.Count,
            ["AttachmentCount"] = r.Attachments.Count,
        };
        if (r.Attachments.Count > 0) entity["Attachments"] = JsonSerializer.Serialize(r.Attachments, AppealRegistrar.Json);
        for (var i = 0; i < r.Appeal.Questions.Count; i++) entity[$"Question{i + 1}"] = r.Appeal.Questions[i];
        SetIfPresent(entity, "LastName", a.LastName);
        SetIfPresent(entity, "FirstName", a.FirstName);
        SetIfPresent(entity, "Patronymic", a.Patronymic);
        SetIfPresent(entity, "OrganizationName", a.OrganizationName);
        SetIfPresent(entity, "Members", a.Members is { Count: > 0 } m ? JsonSerializer.Serialize(m) : null);
        SetIfPresent(entity, "PostalAddress", a.PostalAddress);
        SetIfPresent(entity, "Phone", a.Phone);
        SetIfPresent(entity, "Email", a.Email);
        SetIfPresent(entity, "BillingAccount", a.BillingAccount);
        SetIfPresent(entity, "ContractNumber", a.ContractNumber);
        SetIfPresent(entity, "OutgoingNumber", a.OutgoingNumber);
        SetIfPresent(entity, "OutgoingDate", a.OutgoingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return entity;
    }

    /// <summary>The first history event: who registered it, when, through which channel.</summary>
    public static TableEntity FirstHistoryEvent(Registration r) =>
        new(r.AppealId, $"h-{r.RegisteredAt.UtcTicks:D19}-0")
        {
            ["Event"] = "registered",
            ["At"] = r.RegisteredAt,
            ["Actor"] = r.Caller,
            ["Channel"] = WireEnum<Channel>.Name(r.Appeal.Channel),
            ["RegistrationNumber"] = r.Number,
        };

    public static TableEntity AcknowledgementMessage(Registration r, Informing.Notices.NoticeText text, string statusPath)
    {
        var (channel, to) = Acknowledgement.Route(r.Appeal.ReplyChannel, r.Appeal.Applicant);
        var entity = new TableEntity(r.AppealId, AppealTables.AcknowledgementRowKey(r.AppealId))
        {
            ["Channel"] = channel,
            ["Language"] = text.Language,
            ["Subject"] = text.Subject,
            ["Body"] = text.Body,
            ["StatusPath"] = statusPath,
            ["CreatedAt"] = r.RegisteredAt,
        };
        SetIfPresent(entity, "To", to);
        return entity;
    }

    /// <summary>The attachments listed on the appeal row (JSON array in the <c>Attachments</c> property).</summary>
    /// <summary>The applicant as registered, read back from the appeal row (personal data: never logged).</summary>
    public static Applicant ApplicantOf(TableEntity appeal)
    {
        WireEnum<ApplicantKind>.TryParse(appeal.GetString("ApplicantKind"), out var kind);
        return new Applicant
        {
            Kind = kind,
            LastName = appeal.GetString("LastName"),
            FirstName = appeal.GetString("FirstName"),
            Patronymic = appeal.GetString("Patronymic"),
            OrganizationName = appeal.GetString("OrganizationName"),
            Members = appeal.GetString("Members") is { } members ? JsonSerializer.Deserialize<List<string>>(members) : null,
            PostalAddress = appeal.GetString("PostalAddress"),
            Phone = appeal.GetString("Phone"),
            Email = appeal.GetString("Email"),
            BillingAccount = appeal.GetString("BillingAccount"),
            ContractNumber = appeal.GetString("ContractNumber"),
            OutgoingNumber = appeal.GetString("OutgoingNumber"),
            OutgoingDate = DateOnly.TryParseExact(appeal.GetString("OutgoingDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        };
    }

    public static IReadOnlyList<AttachmentListing> AttachmentsOf(TableEntity appeal) =>
        appeal.GetString("Attachments") is { Length: > 0 } json
            ? JsonSerializer.Deserialize<List<AttachmentListing>>(json, AppealRegistrar.Json) ?? []
            : [];

    private static void SetIfPresent(TableEntity entity, string name, string? value)
    {
        if (value is not null) entity[name] = value;
    }
}

/// <summary>One attachment as listed on the appeal row: the id of its blob, its safe name and size in bytes.</summary>
public sealed record AttachmentListing(string Id, string FileName, long Size);
