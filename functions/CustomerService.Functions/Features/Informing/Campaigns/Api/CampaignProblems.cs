using CustomerService.Functions.Features.Informing.Campaigns.Planning;
using CustomerService.Functions.Features.Informing.Campaigns.Store;
using CustomerService.Functions.Platform.Http;

namespace CustomerService.Functions.Features.Informing.Campaigns.Api;

/// <summary>The campaign API's problem+json answers, in Russian for the staff UI.</summary>
public static class CampaignProblems
{
    public static IResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Рассылка не найдена.", detail: ProblemTexts.NotFound);

    public static IResult BadFormat() => new ValidationProblemBuilder().Add("format", "Допустимые форматы отчёта: json, csv.").ToResult();

    public static IResult For(CampaignMove move, CampaignStatus to) => move switch
    {
        CampaignMove.NotFound => NotFound(),
        CampaignMove.Changed changed => TypedResults.Problem(
            statusCode: changed.CallerIfMatch ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
            title: "Рассылка изменилась.", detail: "Рассылка изменилась, пока вы с ней работали: обновите её и повторите действие."),
        CampaignMove.NotAllowed notAllowed => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
            title: "Действие недопустимо в текущем состоянии рассылки.",
            detail: $"Рассылку в состоянии «{CampaignRow.Wire(notAllowed.From)}» нельзя перевести в «{CampaignRow.Wire(to)}»."),
        _ => throw new ArgumentOutOfRangeException(nameof(move)),
    };
}
