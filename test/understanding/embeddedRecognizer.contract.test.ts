import { createEmbeddedRecognizer } from '../../understanding/recognizer';
import { recognizerContract } from './recognizerContract';

recognizerContract('embedded recognizer', () => createEmbeddedRecognizer());
