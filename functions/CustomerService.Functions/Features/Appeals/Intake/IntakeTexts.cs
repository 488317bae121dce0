namespace CustomerService.Functions.Features.Appeals.Intake;

/// <summary>Russian field messages of intake validation (the applicant reads them on the form).</summary>
public static class IntakeTexts
{
    public const string ConsentRequired = "Необходимо согласие на обработку персональных данных";
    public const string ConsentOutdated = "Текст согласия изменился: обновите страницу и подтвердите согласие заново.";
    public const string KindRequired = "Укажите вид обращения.";
    public const string ApplicantRequired = "Укажите сведения о заявителе.";
    public const string ApplicantKindRequired = "Укажите, кто обращается: физическое лицо, группа лиц, организация, ИП или исполнитель коммунальных услуг.";
    public const string QuestionsRequired = "Сформулируйте хотя бы один вопрос.";
    public const string QuestionEmpty = "Вопрос не может быть пустым.";
    public const string ReplyRequired = "Укажите способ получения ответа.";
    public const string LanguageRequired = "Укажите язык ответа.";
    public const string ChannelRequired = "Укажите канал поступления обращения.";
    public const string ChannelNotAccepted = "Организация не принимает обращения по этому каналу.";
    public const string WebsiteChannelOnly = "Через форму сайта принимаются только обращения канала webForm.";
    public const string ControlCharacters = "Текст содержит недопустимые управляющие символы.";
    public const string Markup = "Текст не может содержать HTML-разметку или скрипты: опишите вопрос обычным текстом.";
    public const string PhoneFormat = "Укажите российский или казахстанский номер: +7 и 10 цифр, например +7 913 123-45-67.";
    public const string EmailFormat = "Неверный формат адреса электронной почты.";
    public const string MembersRequired = "Перечислите не менее двух заявителей коллективного обращения.";
    public const string OutgoingDateInFuture = "Дата исходящего письма не может быть в будущем.";
    public const string IdempotencyKeyFormat = "Ключ идемпотентности: от 1 до 100 печатных символов ASCII.";
    public const string MultipartBoundary = "Форма multipart/form-data без корректного параметра boundary.";
    public const string MultipartPart = "Неизвестная часть формы: ожидаются часть «appeal» с обращением в формате JSON и файлы вложений.";
    public const string MultipartAppealTwice = "Часть «appeal» должна быть в форме один раз.";
    public const string MultipartAppealMissing = "Добавьте часть формы «appeal» с обращением в формате JSON.";
    public const string UnsupportedMediaType = "Отправьте обращение в формате JSON (Content-Type: application/json) или формой multipart/form-data с частью «appeal» и файлами.";
    public const string IdempotencyMismatch = "Этот ключ идемпотентности уже использован для другого обращения. Для нового обращения используйте новый ключ.";

    public static string Unknown(string allowed) => $"Недопустимое значение. Допустимые значения: {allowed}.";
    public static string TooLong(int max) => $"Не более {max} символов.";
    public static string TooMany(int max) => $"Не более {max} элементов.";
    public static string ChannelOfRoute(string allowed) => $"Через этот адрес регистрируются обращения каналов: {allowed}.";
    public static string LanguageNotAllowed(IEnumerable<string> allowed) => $"Ответ на этом языке не предоставляется. Доступные языки: {string.Join(", ", allowed)}.";
    public static string BillingAccountFormat(int min, int max) => $"Лицевой счёт состоит из {min}–{max} цифр.";

    public static string FieldRequired(Organizations.ApplicantField field) => field switch
    {
        Organizations.ApplicantField.LastName => "Укажите фамилию.",
        Organizations.ApplicantField.FirstName => "Укажите имя.",
        Organizations.ApplicantField.OrganizationName => "Укажите наименование организации.",
        Organizations.ApplicantField.Members => MembersRequired,
        Organizations.ApplicantField.PostalAddress => "Укажите почтовый адрес.",
        Organizations.ApplicantField.Phone => "Укажите контактный телефон.",
        Organizations.ApplicantField.Email => "Укажите адрес электронной почты.",
        Organizations.ApplicantField.OutgoingNumber => "Укажите исходящий номер письма организации.",
        Organizations.ApplicantField.OutgoingDate => "Укажите дату исходящего письма организации.",
        _ => "Заполните поле.",
    };
}
