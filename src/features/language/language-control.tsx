import { useId, useState } from "react";
import type { LanguageCode } from "../../content/catalogue";
import { LANGUAGES, OFFERED } from "../../content/languages";
import { useLanguage } from "../../ui/words";
import { chooseLanguage } from "./show-language";

/**
 * The Language control, in the header of every screen: a globe, then the list showing the
 * language in its own name. Its name is the word in the language shown, with "Language" beside
 * it in any other (so anyone can find their way back), and each language is listed by its own
 * name in its own script. A language that cannot load (offline, say) leaves the workbook as it
 * was and says so.
 */
export function LanguageControl() {
  const say = useLanguage();
  const id = useId();
  const [choosing, setChoosing] = useState<LanguageCode | null>(null);
  const [failed, setFailed] = useState(false);
  if (OFFERED.length < 2) return null;
  const english = say.info.code === "en";
  return (
    <div className="language-control">
      <label htmlFor={id} className="language-label">
        <span className="language-globe" aria-hidden="true" />
        {/* Said, not shown: the globe and the language's own name say it on a phone's width. */}
        <span className="visually-hidden">
          {say.screen.language}
          {!english && (
            <>
              {" "}
              <span lang="en" dir="ltr">
                (Language)
              </span>
            </>
          )}
        </span>
      </label>
      <select
        id={id}
        className="input language-select"
        value={choosing ?? say.info.code}
        aria-describedby={failed ? `${id}-failed` : undefined}
        onChange={(event) => {
          const code = event.target.value as LanguageCode;
          setChoosing(code);
          setFailed(false);
          chooseLanguage(code).then(
            () => setChoosing(null),
            () => {
              setChoosing(null);
              setFailed(true);
            },
          );
        }}
      >
        {OFFERED.map((code) => (
          <option key={code} value={code} lang={LANGUAGES[code].tag} dir={LANGUAGES[code].dir}>
            {LANGUAGES[code].name}
          </option>
        ))}
      </select>
      {failed && (
        <p id={`${id}-failed`} role="alert" className="language-failed">
          {say.screen.languageFailed}
        </p>
      )}
    </div>
  );
}
