using System.Globalization;

namespace Briefings.Outputs.Pages.Models;

internal static class Dates
{
    // The round-trip format is yyyy-MM-dd for a date, written without reading a pattern.
    public static string Iso(DateOnly date) => date.ToString("O", CultureInfo.InvariantCulture);

    // Dates as readers see them are the language's: InterfaceText.Date and Month.
}
