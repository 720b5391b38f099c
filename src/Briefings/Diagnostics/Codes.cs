using System.Reflection;

namespace Briefings.Diagnostics;

/// <summary>
/// The stable diagnostic codes. Each is documented in docs/diagnostics.md; never renumber one,
/// since authors and CI scripts match on them.
/// </summary>
public static class Codes
{
    // Files
    public const string InvalidUtf8 = "BRF001";
    public const string FileTooLarge = "BRF002";
    public const string BinaryFile = "BRF003";
    public const string UnreadableFile = "BRF004";
    public const string SymlinkOutsideSite = "BRF005";
    public const string SymlinkLoop = "BRF006";

    // Front-matter and YAML
    public const string FrontMatterMissing = "BRF010";
    public const string MalformedYaml = "BRF011";
    public const string UnknownReference = "BRF012";
    public const string MissingField = "BRF013";
    public const string WrongType = "BRF014";
    public const string InvalidDate = "BRF015";
    public const string UnknownStatus = "BRF016";
    public const string UnknownKey = "BRF017";
    public const string InvalidId = "BRF018";
    public const string DuplicateId = "BRF019";
    public const string DuplicateSlug = "BRF020";
    public const string UnsafeSlug = "BRF021";
    public const string CommitmentWithoutText = "BRF022";
    public const string ParentCycle = "BRF023";
    public const string UnsafeUrl = "BRF024";
    public const string UnknownWikiLink = "BRF025";
    public const string AmbiguousWikiLink = "BRF026";
    public const string InvalidValue = "BRF027";
    public const string YamlTooComplex = "BRF028";
    public const string ConfigMissing = "BRF029";
    public const string RawHtmlDropped = "BRF030";
    public const string CommitmentUnused = "BRF031";
    public const string CommitmentConflict = "BRF032";
    public const string MarkdownTooDeep = "BRF033";
    public const string MisspeltKey = "BRF034";
    public const string ReservedId = "BRF035";

    // Embeds in bodies
    public const string UnknownEmbed = "BRF036";
    public const string InvalidEmbed = "BRF037";
    public const string QuoteWithoutId = "BRF038";

    // Templates and output
    public const string TemplateSyntax = "BRF040";
    public const string TemplateRuntime = "BRF041";
    public const string TemplateMissing = "BRF042";
    public const string EjectedTemplateChanged = "BRF043";
    public const string EjectRecordUnreadable = "BRF044";

    // Publishing
    public const string PlaceholderText = "BRF045";
    public const string DateBeforeBrief = "BRF046";
    public const string LinkToExpired = "BRF047";
    public const string RedirectCollision = "BRF048";
    public const string BylineNotAPerson = "BRF049";

    // Amounts, rates and staleness
    public const string AmountNotANumber = "BRF070";
    public const string AmountNegative = "BRF071";
    public const string AmountUnknownScale = "BRF072";
    public const string AmountUnitTwice = "BRF073";
    public const string DeliveredOverPledged = "BRF074";
    public const string AmountUnitDropped = "BRF075";
    public const string InvalidRates = "BRF076";

    public const string OutputOutsideFolder = "BRF050";
    public const string OutputWriteFailed = "BRF051";
    public const string OutputNotOwned = "BRF052";
    public const string StaticFileClash = "BRF053";

    // Images
    public const string ImageMissing = "BRF060";
    public const string ImageWithoutAlt = "BRF061";
    public const string ImageUnreadable = "BRF062";
    public const string ImageTooLarge = "BRF063";
    public const string ImageOutsideSite = "BRF064";
    public const string ImageLibraryMissing = "BRF065";

    // Interface languages (i18n/<language>.yml)
    public const string MissingInterfaceString = "BRF066";
    public const string InterfaceStringsUnreadable = "BRF067";
    public const string NoInterfaceLanguage = "BRF068";
    public const string MissingPluralForm = "BRF069";

    // Lints: what is valid but most often a mistake
    public const string Unmentioned = "BRF080";
    public const string NearlySameName = "BRF081";
    public const string CommitmentWithoutSource = "BRF082";
    public const string BriefBeforeSource = "BRF083";

    // Provenance: where quotes come from, and status changes a reader should question
    public const string TranslationWithoutOriginal = "BRF090";
    public const string QuoteWithoutSource = "BRF091";
    public const string QuestionableTransition = "BRF092";

    /// <summary>Each code's name here ("BRF012" → "UnknownReference"), for reports that describe the rules they cite.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = typeof(Codes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);

    /// <summary>A problem with an image file rather than with the text that names it: fixing the file fixes it.</summary>
    public static bool IsAboutImageFile(string code) => code is ImageMissing or ImageUnreadable or ImageTooLarge or ImageOutsideSite or ImageLibraryMissing;
}
