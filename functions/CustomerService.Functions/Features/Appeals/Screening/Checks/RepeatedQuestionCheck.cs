using CustomerService.Functions.Features.Appeals.Model;
using CustomerService.Functions.Features.Appeals.Screening.Text;

namespace CustomerService.Functions.Features.Appeals.Screening.Checks;

/// <summary>
/// A question very like one the applicant already had answered on the merits: Jaccard similarity of
/// the sets of word stems (stop words dropped, stems cut to five letters so «начислили» meets
/// «начисление»). Whether the new appeal brings new arguments only staff can tell.
/// </summary>
internal static class RepeatedQuestionCheck
{
    public const double Threshold = 0.6;
    private const double HighThreshold = 0.85;
    private const int StemLength = 5;
    private const int MinimumStems = 3;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "это", "как", "что", "где", "когда", "почему", "зачем", "или", "если", "чтобы", "так", "уже", "еще", "все", "всё", "вас", "вам",
        "ваш", "ваша", "ваши", "мне", "меня", "мой", "моя", "мои", "мое", "мою", "моей", "моего", "для", "при", "про", "над", "под",
        "без", "через", "после", "также", "был", "была", "были", "было", "есть", "нет", "прошу", "пожалуйста", "здравствуйте",
        "добрый", "день", "спасибо", "который", "которая", "которые", "этот", "эта", "эти", "того", "тем", "чем", "его", "она", "они",
    };

    public static IEnumerable<Finding> Run(ScreeningText text, ScreeningInput input)
    {
        var best = input.Questions
            .SelectMany(question => input.EarlierAnswered.Select(earlier => (earlier, similarity: Similarity(question, earlier.Question))))
            .OrderByDescending(pair => pair.similarity)
            .FirstOrDefault();
        if (best.earlier is null || best.similarity < Threshold)
        {
            yield break;
        }

        yield return new Finding(
            NonConsiderationGround.RepeatedQuestion, best.similarity >= HighThreshold ? Confidence.High : Confidence.Medium,
            $"Вопрос совпадает с ранее отвеченным в обращении № {best.earlier.AppealNumber}: проверьте, нет ли новых доводов.",
            Evidence.Of($"обращение № {best.earlier.AppealNumber}", $"сходство {Math.Round(best.similarity * 100)} %"));
    }

    public static double Similarity(string first, string second)
    {
        var a = Stems(first);
        var b = Stems(second);
        if (a.Count < MinimumStems || b.Count < MinimumStems)
        {
            return 0;
        }

        return (double)a.Intersect(b).Count() / a.Union(b).Count();
    }

    private static HashSet<string> Stems(string text) =>
        Words.Split(text)
            .Where(word => word.Length >= 3 && !StopWords.Contains(word))
            .Select(word => word.Length > StemLength ? word[..StemLength] : word)
            .ToHashSet(StringComparer.Ordinal);
}
