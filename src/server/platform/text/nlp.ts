import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp with its English lite model, loaded once per process. The model is a ~4 MB object
 * graph; loading it again and again fails after a while (seen while planning issue 11), so
 * everything that reads text goes through this one instance. Runs entirely on this machine.
 */
let instance: WinkMethods | undefined;

export function englishNlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
