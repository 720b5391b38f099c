using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// A page per person and topic they are quoted or named on (<c>people/x/topics/y/</c>): each brief of the topic that
/// quotes or names them, oldest first, with their quotes in it and the sentence that names them.
/// </summary>
internal static class PersonTopicPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages, PersonNode person)
    {
        var text = pages.Graph.Config.Text;
        foreach (var pair in person.Topics)
        {
            var url = pair.Url;
            yield return new PageJob(url, "person-topic.html", models =>
            {
                var title = text.Format("person_topic.title", person.Person.Name, pair.Topic.Title);
                var model = pages.Create(url, title, text.Format("person_topic.description", person.Person.Name, pair.Topic.Title), "people");
                model["person"] = models.Person(person);
                model["topic"] = models.Topic(pair.Topic);
                model["items"] = ViewModels.Array(pair.Briefs.Select(brief => Item(models, person, brief)));
                return model;
            })
            // Its person's: serve renders it again with their page, which a change to their quotes renders again too.
            { Modified = LatestDates.Of(pair.Briefs), Entity = person.Key };
        }
    }

    private static TemplateModel Item(ViewModels models, PersonNode person, BriefNode brief)
    {
        var item = models.Mention(brief, person.Key);
        var quotes = new List<TemplateModel>();
        for (var i = 0; i < brief.Brief.Quotes.Count; i++)
        {
            if (brief.Brief.Quotes[i].By.Id == person.Person.Id)
            {
                var quote = models.Quote(new QuoteEntry(brief, brief.Brief.Quotes[i], person, i));
                // The item names the brief already.
                quote["brief"] = null;
                quotes.Add(quote);
            }
        }

        item["quotes"] = ViewModels.Array(quotes);
        return item;
    }
}
