using CustomerService.Functions.Features.Appeals.Model;

namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>An appeal that passed edge validation: enums parsed, text trimmed, phone in E.164.</summary>
public sealed record ValidatedAppeal(
    AppealKind Kind,
    Channel Channel,
    Applicant Applicant,
    IReadOnlyList<string> Questions,
    ReplyChannel ReplyChannel,
    string Language,
    string ConsentTextVersion);

/// <summary>How the applicant wants the answer (§9.4). On the wire: camelCase.</summary>
public enum ReplyChannel
{
    Email,
    Sms,
    Phone,
    Post,

    /// <summary>Into the personal cabinet of the billing account.</summary>
    CustomerPortal,
}

/// <summary>Which door the request came through; decides the allowed channels.</summary>
public enum IntakeRoute
{
    /// <summary><c>POST /api/appeals</c>: anonymous website form.</summary>
    Website,

    /// <summary><c>POST /api/appeals/from-partner</c>: chat-bot, personal cabinet, mobile app, messenger gateway.</summary>
    Partner,

    /// <summary><c>POST /api/staff/appeals</c>: operators registering offline channels.</summary>
    Staff,
}
