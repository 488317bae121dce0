namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>Size limits of the intake edge; every text fits one table property (≤ 32K characters).</summary>
public static class IntakeLimits
{
    public const int Name = 100;
    public const int OrganizationName = 300;
    public const int PostalAddress = 500;
    public const int ShortCode = 50;
    public const int Members = 50;
    public const int MemberName = 200;
    public const int Questions = 10;
    public const int QuestionText = 5000;
    public const int BodyBytes = 256 * 1024;
}
