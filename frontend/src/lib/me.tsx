import { createContext, useContext } from 'react';
import type { Me } from '../api/types';

export const MeContext = createContext<Me | undefined>(undefined);

/** The signed-in user (/me); the app renders nothing below the shell until it is known. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside MeContext');
  return me;
}
