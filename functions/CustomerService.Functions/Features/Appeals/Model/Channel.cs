namespace CustomerService.Functions.Features.Appeals.Model;

/// <summary>How the appeal reached the organization (SEED_REQUIREMENTS §2.2).</summary>
public enum Channel
{
    /// <summary>Website form / Интернет-приёмная (public intake).</summary>
    WebForm,

    /// <summary>The utility's chat-bot (server-to-server intake).</summary>
    ChatBot,

    /// <summary>Личный кабинет.</summary>
    CustomerPortal,

    /// <summary>The utility's mobile app.</summary>
    MobileApp,

    Messenger,

    /// <summary>Registered by staff from a received e-mail.</summary>
    Email,

    /// <summary>Registered by staff (contact centre) from a call.</summary>
    Phone,

    /// <summary>IVR / voice message.</summary>
    Ivr,

    /// <summary>Letter by post, registered by staff.</summary>
    Post,

    /// <summary>In person at an office, registered by staff.</summary>
    InPerson,

    /// <summary>Книга жалоб и предложений; registered by staff. No personal documents may be demanded (004).</summary>
    ComplaintBook,
}

public static class ChannelRules
{
    /// <summary>Channels whose appeals only staff register (the applicant is not at a keyboard of ours).</summary>
    public static bool IsStaffRegistered(this Channel channel) =>
        channel is Channel.Email or Channel.Phone or Channel.Ivr or Channel.Post or Channel.InPerson or Channel.ComplaintBook;
}
